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

/** What a preview shows beside the operations: writes that are not one item's. */
export interface PreviewExtras {
  /** Labels the tracker does not have yet; the first write that needs one creates it. */
  labelsToCreate?: string[];
}
