/** The reader's state: what is selected, hovered, shown, and in which language. */
import type { LoadedUserLayer, ReadStage } from '../user-files/index.ts';
import type { UserCredit } from '../user-layers/credit.ts';
import type { ColourMap } from '../user-layers/simplestyle.ts';
import type { UserStyle } from '../user-layers/style.ts';
import { readLayerTimes, timedLayer, type LayerTimes } from '../user-layers/layer-times.ts';
import {
  allShown,
  isTimed,
  latestDataDay,
  shownAt,
  type Shown,
  type TimedLayer,
} from '../user-layers/time.ts';
import type { Lang } from '../types.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

/** A journalist's own layer, how it is drawn and whom it credits (issue 11). */
export interface UserLayerEntry {
  layer: LoadedUserLayer;
  /** The validated FeatureCollection `layer.dataUrl` points at: for storage, exports and undo. */
  data: Blob;
  /** The reader's colour (where the file gives none) and opacity. */
  style: UserStyle;
  /** The source and date every credit line shows; an export needs `source`. */
  credit: UserCredit;
  /** The file's own simplestyle colours, as drawn (see simplestyle.ts). */
  colours: ColourMap;
}

/** The last removed layer and where it was in the list, until it is undone or replaced. */
export interface RemovedUserLayer {
  entry: UserLayerEntry;
  index: number;
}

/** A file that was not added: its cleaned name and why. */
export interface UserRefusal {
  file: string;
  errors: string[];
}

/** A clicked feature of a user layer: its layer id and feature index. */
export interface UserPick {
  layerId: string;
  feature: number;
}

export class AppState {
  #userLayers = $state.raw<UserLayerEntry[]>([]);
  #userPick = $state<UserPick | null>(null);
  #userRefusals = $state.raw<UserRefusal[]>([]);
  #userReading = $state<string | null>(null);
  #userRemoved = $state.raw<RemovedUserLayer | null>(null);
  #userStage = $state<ReadStage>('reading');
  #selectedId = $state<string | null>(null);
  #hoveredId = $state<string | null>(null);
  #lang = $state<Lang>('en');
  /** Legend group id -> shown; every group of the story, all shown at first. */
  #visible = $state<Record<string, boolean>>({});
  #notices = $state<Notice[]>([]);
  #announcement = $state('');
  #nextNotice = 1;
  /** The time slider's day, chosen by the reader or the URL; null: the latest the data names. */
  #date = $state<string | null>(null);
  /** Each layer's feature times, read once: the properties do not change. */
  #times = new WeakMap<LoadedUserLayer, LayerTimes>();
  #timed = $derived(
    this.#userLayers.map((e) =>
      timedLayer(e.layer.id, e.credit.date, this.layerTimes(e.layer), e.credit.source),
    ),
  );
  #anyTimed = $derived(this.#timed.some(isTimed));
  #day = $derived(this.#date ?? latestDataDay(this.#timed));
  #shown = $derived(this.#day === null ? allShown(this.#timed) : shownAt(this.#timed, this.#day));

  /** Where focus goes back to when the panel closes. */
  returnFocus: HTMLElement | null = null;

  /** @param groups the story's legend group ids. */
  constructor(groups: readonly string[] = []) {
    this.#visible = Object.fromEntries(groups.map((id) => [id, true]));
  }

  get selectedId() {
    return this.#selectedId;
  }
  get hoveredId() {
    return this.#hoveredId;
  }
  get lang() {
    return this.#lang;
  }
  get visible(): Readonly<Record<string, boolean>> {
    return this.#visible;
  }
  get notices(): readonly Notice[] {
    return this.#notices;
  }
  get announcement() {
    return this.#announcement;
  }

  /** The reader's layers as the time rule sees them. */
  get timedLayers(): readonly TimedLayer[] {
    return this.#timed;
  }
  /** True when some layer or feature has a date: the time slider is shown. */
  get hasDates() {
    return this.#anyTimed;
  }
  /** The day chosen on the slider or in the URL, or null. */
  get date() {
    return this.#date;
  }
  /** The day the map shows: the chosen one, else the latest day the layers name. */
  get day() {
    return this.#day;
  }
  /** What each user layer shows on that day (all of it when nothing is dated). */
  get userShown(): ReadonlyMap<string, Shown> {
    return this.#shown;
  }
  /** Feature times of a layer, read once and kept for the layer's life. */
  layerTimes(layer: LoadedUserLayer): LayerTimes {
    let read = this.#times.get(layer);
    if (!read) {
      read = readLayerTimes(layer.properties);
      this.#times.set(layer, read);
    }
    return read;
  }
  setDate(day: string | null) {
    this.#date = day;
  }

  get userLayers(): readonly UserLayerEntry[] {
    return this.#userLayers;
  }
  get userPick() {
    return this.#userPick;
  }
  /** The files of the last drop or pick that were not added, each with its messages. */
  get userRefusals(): readonly UserRefusal[] {
    return this.#userRefusals;
  }
  /** The file being read now, for a progress line. */
  get userReading() {
    return this.#userReading;
  }
  /** The layer the reader can still bring back with Undo. */
  get userRemoved(): RemovedUserLayer | null {
    return this.#userRemoved;
  }
  /** The stage the reader worker reported last for that file (issue 11). */
  get userStage() {
    return this.#userStage;
  }

  select(id: string | null) {
    this.#selectedId = id;
    if (id) this.#userPick = null;
  }
  pickUser(pick: UserPick | null) {
    this.#userPick = pick;
    if (pick) this.#selectedId = null;
  }
  addUserLayer(entry: UserLayerEntry) {
    this.#userLayers = [...this.#userLayers, entry];
  }
  /** Removes a layer, keeping it for one Undo (the one removed before is gone for good). */
  removeUserLayer(id: string): RemovedUserLayer | null {
    const index = this.#userLayers.findIndex((e) => e.layer.id === id);
    const entry = this.#userLayers[index];
    if (!entry) return null;
    this.#userLayers = this.#userLayers.filter((e) => e.layer.id !== id);
    if (this.#userPick?.layerId === id) this.#userPick = null;
    this.#userRemoved = { entry, index };
    return this.#userRemoved;
  }
  /** Puts the last removed layer back where it was, loaded from `dataUrl` (a new blob URL). */
  undoRemoveUserLayer(dataUrl: string): UserLayerEntry | null {
    const removed = this.#userRemoved;
    if (!removed) return null;
    this.#userRemoved = null;
    const entry = { ...removed.entry, layer: { ...removed.entry.layer, dataUrl } };
    const list = [...this.#userLayers];
    list.splice(Math.min(removed.index, list.length), 0, entry);
    this.#userLayers = list;
    return entry;
  }
  /** Changes one layer's entry (its style or credit); the map and storage follow. */
  updateUserLayer(id: string, change: Partial<Pick<UserLayerEntry, 'style' | 'credit'>>) {
    this.#userLayers = this.#userLayers.map((e) => (e.layer.id === id ? { ...e, ...change } : e));
  }
  /** A new drop or pick: the previous one's refusals go. */
  startUserFiles() {
    this.#userRefusals = [];
  }
  readingUserFile(file: string | null, stage: ReadStage = 'reading') {
    this.#userReading = file;
    this.#userStage = stage;
  }
  refuseUserFile(file: string, errors: string[]) {
    this.#userRefusals = [...this.#userRefusals, { file, errors }];
  }
  hover(id: string | null) {
    this.#hoveredId = id;
  }
  setLang(lang: Lang) {
    this.#lang = lang;
  }
  setVisible(group: string, visible: boolean) {
    this.#visible[group] = visible;
  }
  announce(text: string) {
    this.#announcement = text;
  }
  /** Shows a notice; only the latest three stay, so notices never bury the map. */
  notify(kind: Notice['kind'], text: string) {
    this.#notices = [...this.#notices, { id: this.#nextNotice++, kind, text }].slice(-3);
  }
  dismiss(id: number) {
    this.#notices = this.#notices.filter((n) => n.id !== id);
  }
}
