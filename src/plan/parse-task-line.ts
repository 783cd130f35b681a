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

/*
 * Every pattern below is sticky (`y`): it matches exactly where the reader stands in the line
 * (`lastIndex`), which reads the line in place instead of copying what is left of it for
 * each step. None looks behind, so where a match may start is all that changed.
 */
const box = /\[([ xX])\][ \t]*/y;
/**
 * `[P]`, `[US1]`, `[FR-003a]`, and lists of references in one bracket (`[FR-002, FR-005]`).
 * Tags may follow each other without a space (`[FR-003][FR-003a]`); a bracket followed by `(`
 * is a link, not a tag.
 */
export const TAG = String.raw`\[([A-Za-z0-9][\w.#-]*(?:[ \t]*,[ \t]*[A-Za-z0-9][\w.#-]*)*)\](?!\()`;
const tag = new RegExp(`${TAG}[ \\t]*`, 'y');
const bracketId = new RegExp(`\\[(${PLACEHOLDER_ID}|${TASK_ID})\\][ \\t]*[:：]?[ \\t]*`, 'y');
const decoratedId = new RegExp(
  `(\\*\\*|__)?(${PLACEHOLDER_ID}|${TASK_ID})([:：])?(\\*\\*|__)?(?=[\\s:：.,)~]|$)[ \\t]*[:：]?[ \\t]*`,
  'y',
);
/** What follows an id in a reference, not a definition: ranges, lists, arrows. */
const reference = new RegExp(
  `[ \\t]*(?:\\.\\.|-|–|—|to\\b|→|->|=>|,|、|&|\\+|/|‖)[ \\t]*(?:\\*\\*)?\\[?${TASK_ID}`,
  'y',
);
const arrow = /[ \t]*(?:→|->|=>)/y;
const separator = /[-–—][ \t]+/y;
const blanks = /[ \t]*/y;
const colon = /[:：][ \t]*/y;
const strike = /~~/y;
const strikeEnd = /~~[ \t]*/y;

/** `re` (sticky) matched at `at` in `line`. */
function matchAt(re: RegExp, line: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(line);
}

/** Whether `re` (sticky) matches at `at` in `line`; `test` builds no match array. */
function matchesAt(re: RegExp, line: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(line);
}

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
    const match = matchAt(re, line, pos);
    if (match) pos += match[0].length;
    return match;
  };
  /** Steps over what `re` matches here, when only whether it did matters. */
  const skip = (re: RegExp): boolean => {
    if (!matchesAt(re, line, pos)) return false;
    pos = re.lastIndex;
    return true;
  };
  const readBoxesAndTags = (): void => {
    for (;;) {
      const b = eat(box);
      if (b) {
        checkbox = true;
        done = b[1] !== ' ';
        continue;
      }
      if (matchesAt(bracketId, line, pos)) return;
      const t = eat(tag);
      if (t) {
        tags.push(...splitTags(t[1] ?? ''));
        skip(colon);
        continue;
      }
      return;
    }
  };

  skip(blanks);
  readBoxesAndTags();
  const struck = skip(strike);
  const idStart = pos;
  const idMatch = eat(bracketId) ?? eat(decoratedId);
  if (!idMatch) return null;
  const raw = idMatch[0].startsWith('[') ? (idMatch[1] ?? '') : (idMatch[2] ?? '');
  const open = idMatch[0].startsWith('[') ? undefined : idMatch[1];
  const close = idMatch[0].startsWith('[') ? undefined : idMatch[4];
  if ((open ?? '') !== (close ?? '')) return null;
  const idOffset = idStart + idMatch[0].indexOf(raw);
  if (matchesAt(reference, line, idOffset + raw.length) || matchesAt(arrow, line, pos)) {
    return null;
  }
  if (isPlaceholderId(raw)) return { placeholder: raw, idStart: idOffset };
  // `~~T018~~ Add file manager`: only the id is struck.
  if (struck) skip(strikeEnd);
  readBoxesAndTags();
  skip(separator);
  return { id: raw, idStart: idOffset, checkbox, done, tags, struck, titleStart: pos };
}

export function isPlaceholderLine(line: TaskLine | PlaceholderLine): line is PlaceholderLine {
  return 'placeholder' in line;
}
