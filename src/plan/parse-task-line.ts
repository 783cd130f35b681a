import { isPlaceholderId, PLACEHOLDER_ID, TASK_ID } from './task-id.js';

export interface TaskLine {
  id: string;
  /** Offset of the id within the line. */
  idStart: number;
  /** A `[ ]` / `[x]` box was written (before or after the id). */
  checkbox: boolean;
  done: boolean;
  tags: string[];
  /** The id is struck through (`~~T018 Add file manager~~`): the task was dropped. */
  struck: boolean;
  /** Offset within the line where the title text begins. */
  titleStart: number;
}

export interface PlaceholderLine {
  placeholder: string;
  idStart: number;
}

const box = /^\[([ xX])\][ \t]*/;
/**
 * `[P]`, `[US1]`, `[FR-003a]`, and lists of references in one bracket (`[FR-002, FR-005]`).
 * Tags may follow each other without a space (`[FR-003][FR-003a]`); a bracket followed by `(`
 * is a link, not a tag.
 */
export const TAG = String.raw`\[([A-Za-z0-9][\w.#-]*(?:[ \t]*,[ \t]*[A-Za-z0-9][\w.#-]*)*)\](?!\()`;
const tag = new RegExp(`^${TAG}[ \\t]*`);
const bracketId = new RegExp(`^\\[(${PLACEHOLDER_ID}|${TASK_ID})\\][ \\t]*[:：]?[ \\t]*`);
const decoratedId = new RegExp(
  `^(\\*\\*|__)?(${PLACEHOLDER_ID}|${TASK_ID})([:：])?(\\*\\*|__)?(?=[\\s:：.,)~]|$)[ \\t]*[:：]?[ \\t]*`,
);
/** What follows an id in a reference, not a definition: ranges, lists, arrows. */
const reference = new RegExp(
  `^[ \\t]*(?:\\.\\.|-|–|—|to\\b|→|->|=>|,|、|&|\\+|/|‖)[ \\t]*(?:\\*\\*)?\\[?${TASK_ID}`,
);
const arrow = /^[ \t]*(?:→|->|=>)/;
const separator = /^[-–—][ \t]+/;

/** Splits a tag bracket's text into its tags: `FR-002, FR-005` is two. */
export function splitTags(inside: string): string[] {
  return inside.split(',').map((part) => part.trim());
}

/**
 * Reads the start of a list item, heading or table cell: boxes and tags in any order, then
 * the id (`T001`, `T001:`, `**T001**`, `[T001]`, `~~T001`), then more tags, then the title.
 * Returns null when the text does not start with an id, or when the id only starts a
 * reference (`T001-T005 …`, `T001 → T002`, `T001, T002 可并行`).
 */
export function parseTaskLine(line: string): TaskLine | PlaceholderLine | null {
  let pos = 0;
  let checkbox = false;
  let done = false;
  const tags: string[] = [];

  const eat = (re: RegExp): RegExpExecArray | null => {
    const match = re.exec(line.slice(pos));
    if (match) pos += match[0].length;
    return match;
  };
  const readBoxesAndTags = (): void => {
    for (;;) {
      const b = eat(box);
      if (b) {
        checkbox = true;
        done = b[1] !== ' ';
        continue;
      }
      if (bracketId.test(line.slice(pos))) return;
      const t = eat(tag);
      if (t) {
        tags.push(...splitTags(t[1] ?? ''));
        eat(/^[:：][ \t]*/);
        continue;
      }
      return;
    }
  };

  pos = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  readBoxesAndTags();
  const struck = eat(/^~~/) !== null;
  const idStart = pos;
  const idMatch = eat(bracketId) ?? eat(decoratedId);
  if (!idMatch) return null;
  const raw = idMatch[0].startsWith('[') ? (idMatch[1] ?? '') : (idMatch[2] ?? '');
  const open = idMatch[0].startsWith('[') ? undefined : idMatch[1];
  const close = idMatch[0].startsWith('[') ? undefined : idMatch[4];
  if ((open ?? '') !== (close ?? '')) return null;
  const idOffset = idStart + idMatch[0].indexOf(raw);
  if (reference.test(line.slice(idOffset + raw.length)) || arrow.test(line.slice(pos))) {
    return null;
  }
  if (isPlaceholderId(raw)) return { placeholder: raw, idStart: idOffset };
  // `~~T018~~ Add file manager`: only the id is struck.
  if (struck) eat(/^~~[ \t]*/);
  readBoxesAndTags();
  eat(separator);
  return { id: raw, idStart: idOffset, checkbox, done, tags, struck, titleStart: pos };
}

export function isPlaceholderLine(line: TaskLine | PlaceholderLine): line is PlaceholderLine {
  return 'placeholder' in line;
}
