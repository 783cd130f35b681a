import type { Edit } from './types.js';

/**
 * Splices edits into `text`. Edits are offsets into the original text, so they are applied
 * from the end backwards; two edits touching the same bytes (or inserting at the same point)
 * have no single right order and are refused rather than guessed.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previous: Edit | undefined;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) {
      throw new Error(
        `Edit [${edit.start}, ${edit.end}) is outside the text (length ${text.length}).`,
      );
    }
    if (previous && (edit.start < previous.end || edit.start === previous.start)) {
      throw new Error(
        `Edits overlap: [${previous.start}, ${previous.end}) and [${edit.start}, ${edit.end}).`,
      );
    }
    previous = edit;
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i]!;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}
