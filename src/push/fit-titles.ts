import type { Problem } from '../plan/types.js';
import type { DesiredItem } from '../diff/desired-items.js';
import type { Adapter } from '../diff/types.js';

/** A title shortened to what the tracker accepts; its full text stays in the item's body. */
export interface ShortenedTitle {
  key: string;
  taskId: string | null;
  source: { file: string; line: number } | null;
  /** Length of the plan's title, in characters. */
  length: number;
  max: number;
}

/**
 * Titles longer than the tracker accepts are shortened with `…` where that is safe, before the
 * diff, so the shortened title is what is hashed and compared and a re-run changes nothing.
 *
 * Safe means: the body still carries the whole title (a task's and a phase's body start with
 * it), and the shortened title stays unique among the groups of the run (trackers such as
 * GitHub refuse two milestones with one title). Anything else is left as it is, for the
 * title check to report with its position before the first write.
 */
export function fitTitles(
  items: DesiredItem[],
  kinds: Adapter['kinds'],
): { items: DesiredItem[]; shortened: ShortenedTitle[] } {
  const shortened: ShortenedTitle[] = [];
  const groupTitles = new Set(items.filter((i) => i.kind === 'group').map((i) => i.fields.title));
  const fitted = items.map((item) => {
    const max = kinds[item.kind]?.maxTitleLength;
    const length = [...item.fields.title].length;
    if (max === undefined || length <= max || item.kind === 'container') return item;
    const title = shorten(item.fields.title, max);
    if (item.kind === 'group') {
      if (groupTitles.has(title)) return item;
      groupTitles.add(title);
    }
    shortened.push({ key: item.key, taskId: item.taskId, source: item.source, length, max });
    return { ...item, fields: { ...item.fields, title } };
  });
  return { items: fitted, shortened };
}

/**
 * At most `max` characters ending in `…`: cut between whole characters (never inside an emoji
 * or a combined letter), at the last space when one is in the second half, trailing spaces
 * and punctuation dropped.
 */
export function shorten(title: string, max: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title)];
  let kept = '';
  let count = 0;
  let next = '';
  for (const { segment } of graphemes) {
    const size = [...segment].length;
    if (count + size > max - 1) {
      next = segment;
      break;
    }
    kept += segment;
    count += size;
  }
  // Cut inside a word: go back to the word's start when that keeps at least half.
  const space = kept.lastIndexOf(' ');
  if (!/^\s/u.test(next) && space >= kept.length / 2) kept = kept.slice(0, space);
  return `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** A shortened title as a warning at the task's line, so the user sees it before the push. */
export function shortenedWarning(item: ShortenedTitle): Problem {
  return {
    file: item.source?.file ?? '.',
    line: item.source?.line ?? 1,
    column: 1,
    severity: 'warning',
    code: 'title-shortened',
    message: `${item.taskId ?? item.key}: title is ${item.length} characters; shortened with … to the tracker's ${item.max} (the whole title stays in the body)`,
    hint: 'shorten the title in the plan to choose the words yourself',
  };
}
