/** A plan file before and after write-back, as the preview shows it. */
export interface PreviewFile {
  file: string;
  before: string;
  after: string;
}

/** How many operations of each kind a set of changesets holds. */
export interface Summary {
  create: number;
  update: number;
  close: number;
  reopen: number;
  conflict: number;
  drift: number;
  unchanged: number;
  skip: number;
}
