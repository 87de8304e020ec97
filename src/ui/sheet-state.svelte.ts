/**
 * Whether the "Places and layers" sheet is open, remembered across visits in localStorage (and
 * simply not remembered where storage is refused, e.g. a sandboxed embed).
 */
const KEY = 'story-map:places-sheet';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export class SheetState {
  #open = $state(true);

  constructor() {
    try {
      this.#open = storage()?.getItem(KEY) !== 'closed';
    } catch {
      // Storage refused: the sheet starts open.
    }
  }

  get open() {
    return this.#open;
  }

  toggle() {
    this.#open = !this.#open;
    try {
      storage()?.setItem(KEY, this.#open ? 'open' : 'closed');
    } catch {
      // Storage full or refused: the choice lasts for this page only.
    }
  }
}
