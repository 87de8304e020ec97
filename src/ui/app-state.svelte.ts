/** The reader's state: what is selected, hovered, shown, and in which language. */
import type { StoryGroup } from '../map/layers.ts';
import { STORY_GROUPS } from '../map/layers.ts';
import type { Lang } from '../story/hash.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export class AppState {
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

  select(id: string | null) {
    this.#selectedId = id;
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
  notify(kind: Notice['kind'], text: string) {
    this.#notices.push({ id: this.#nextNotice++, kind, text });
  }
  dismiss(id: number) {
    this.#notices = this.#notices.filter((n) => n.id !== id);
  }
}
