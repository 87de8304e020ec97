/** The reader's state: what is selected, hovered, shown, and in which language. */
import type { StoryGroup } from '../map/layers.ts';
import { STORY_GROUPS } from '../map/layers.ts';
import type { LoadedUserLayer, ReadStage } from '../user-files/index.ts';
import type { Lang } from '../story/hash.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

/** A journalist's own layer and the colour it is drawn in. */
export interface UserLayerEntry {
  layer: LoadedUserLayer;
  colour: string;
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
  #userStage = $state<ReadStage>('reading');
  #selectedId = $state<string | null>(null);
  #hoveredId = $state<string | null>(null);
  #lang = $state<Lang>('en');
  #visible = $state<Record<StoryGroup, boolean>>(
    Object.fromEntries(STORY_GROUPS.map((g) => [g.id, true])) as Record<StoryGroup, boolean>,
  );
  #notices = $state<Notice[]>([]);
  #announcement = $state('');
  #nextNotice = 1;

  /** Where focus goes back to when the panel closes. */
  returnFocus: HTMLElement | null = null;

  get selectedId() {
    return this.#selectedId;
  }
  get hoveredId() {
    return this.#hoveredId;
  }
  get lang() {
    return this.#lang;
  }
  get visible(): Readonly<Record<StoryGroup, boolean>> {
    return this.#visible;
  }
  get notices(): readonly Notice[] {
    return this.#notices;
  }
  get announcement() {
    return this.#announcement;
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
  removeUserLayer(id: string) {
    this.#userLayers = this.#userLayers.filter((e) => e.layer.id !== id);
    if (this.#userPick?.layerId === id) this.#userPick = null;
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
  setVisible(group: StoryGroup, visible: boolean) {
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
