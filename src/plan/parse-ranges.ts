import { isPlaceholderId, PLACEHOLDER_ID, TASK_ID } from './task-id.js';

export interface RangeId {
  id: string;
  /** Offsets of the whole token the id came from (`T001-T005`), relative to the input plus `base`. */
  start: number;
  end: number;
}

export interface RangeIssue {
  code: 'placeholder' | 'range-backwards' | 'range-too-large';
  message: string;
  hint: string;
  start: number;
}

export interface ParsedRanges {
  ids: RangeId[];
  /** Tokens as written, one per range or single id, for messages. */
  tokens: { text: string; start: number; end: number; ids: string[] }[];
  issues: RangeIssue[];
}

/** Past this a range is a typo (`T001-T10000`), and expanding it would flood the model. */
const MAX_RANGE = 5000;

const endpoint = `(?<![\\w-])(${PLACEHOLDER_ID}|${TASK_ID})`;
const rangePattern = new RegExp(
  `${endpoint}(?:[ \\t]*(?:\\.\\.|-|–|—|\\bto\\b)[ \\t]*(${PLACEHOLDER_ID}|${TASK_ID}))?`,
  'gd',
);
const idParts = /^(T-?)((?:\d+\.)*)(\d+)$/;

/**
 * Reads `T001-T005`, `T001–T005`, `T001 — T005`, `T001..T005`, `T001 to T005` and lists of
 * them (`T001, T003, T007-T009`). Placeholders such as `T00X` become issues, never ids.
 */
export function parseRanges(text: string, base = 0): ParsedRanges {
  const result: ParsedRanges = { ids: [], tokens: [], issues: [] };
  for (const match of text.matchAll(rangePattern)) {
    const [whole, first = '', second] = match;
    const start = base + match.index;
    const end = start + whole.length;
    const placeholders = [1, 2].flatMap((group) => {
      const part = match[group];
      const at = match.indices?.[group];
      return part !== undefined && at && isPlaceholderId(part) ? [{ part, at: base + at[0] }] : [];
    });
    if (placeholders.length > 0) {
      for (const { part, at } of placeholders) {
        result.issues.push({
          code: 'placeholder',
          message: `unfilled template placeholder ${part}`,
          hint: 'replace it with a real task id (for example T001-T005)',
          start: at,
        });
      }
      continue;
    }
    const expanded = second === undefined ? [first] : expand(first, second, start, result.issues);
    result.tokens.push({ text: whole, start, end, ids: expanded });
    for (const id of expanded) result.ids.push({ id, start, end });
  }
  return result;
}

function expand(first: string, last: string, start: number, issues: RangeIssue[]): string[] {
  const a = idParts.exec(first);
  const b = idParts.exec(last);
  // Suffixed or differently shaped ends (`T001a-T003`) have no sequence between them.
  if (!a || !b || a[1] !== b[1] || a[2] !== b[2]) return [first, last];
  const from = Number(a[3]);
  const to = Number(b[3]);
  if (to < from) {
    issues.push({
      code: 'range-backwards',
      message: `range ${first}-${last} runs backwards`,
      hint: `write it as ${last}-${first}`,
      start,
    });
    return [first, last];
  }
  if (to - from >= MAX_RANGE) {
    issues.push({
      code: 'range-too-large',
      message: `range ${first}-${last} covers ${to - from + 1} ids`,
      hint: 'check the range for a typo',
      start,
    });
    return [first, last];
  }
  const width = (a[3] ?? '').length;
  const ids: string[] = [];
  for (let n = from; n <= to; n++) ids.push(`${a[1]}${a[2]}${String(n).padStart(width, '0')}`);
  return ids;
}
