/**
 * The block structure of one markdown file, reduced to what plansync reads: headings, list
 * items, table rows and paragraphs, in document order, with offsets into the text exactly as
 * read (a BOM counts as one character). Code, HTML and front matter never appear in it, so
 * nothing inside them can become a task, a phase or a placeholder.
 *
 * Offsets follow CommonMark's block structure: a block starts at its first character after
 * any container prefix (`> `, a parent item's marker) and ends after its last character that
 * is not a trailing space or tab.
 */
export type Block = HeadingBlock | ItemBlock | RowBlock | ParagraphBlock;

export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  start: number;
  end: number;
  /** The heading's inline content as written (no `#` marks, no setext underline). */
  content: { start: number; end: number };
}

export interface ItemBlock {
  kind: 'item';
  ordered: boolean;
  /** 0 for an item of a top-level list, 1 for an item nested in one item, and so on. */
  depth: number;
  start: number;
  end: number;
  /** End of the item's first paragraph, when the item starts with one. */
  paragraphEnd: number | null;
}

export interface RowBlock {
  kind: 'row';
  start: number;
  end: number;
  /** Each cell's content without pipes and padding. */
  cells: { start: number; end: number }[];
  /** The header cells' content of the row's table, as written. */
  header: string[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  start: number;
  end: number;
  /** True when the paragraph sits directly in the document, not in a list or a quote. */
  topLevel: boolean;
}

export interface Outline {
  blocks: Block[];
  /**
   * Source ranges holding inline text (paragraphs, headings, table cells), where template
   * placeholders can stand. Code spans and HTML inside them are still to be skipped.
   */
  inline: { start: number; end: number; heading: boolean }[];
}
