/**
 * Files dropped on the map: whether a drag is over it (for its outline), and the files of a drop.
 * The map area spreads `handlers` on itself; reading the files is `addFiles`'s job.
 */
export class FileDrop {
  #dropping = $state(false);
  #onfiles: (files: File[]) => void;

  constructor(onfiles: (files: File[]) => void) {
    this.#onfiles = onfiles;
  }

  get dropping() {
    return this.#dropping;
  }

  readonly handlers = {
    ondragover: (e: DragEvent) => {
      e.preventDefault();
      this.#dropping = true;
    },
    ondragleave: () => {
      this.#dropping = false;
    },
    ondrop: (e: DragEvent) => {
      e.preventDefault();
      this.#dropping = false;
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) this.#onfiles(files);
    },
  };
}
