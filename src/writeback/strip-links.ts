import type { Feature } from '../plan/types.js';
import { applyEdits } from './apply-edits.js';
import type { Edit } from './types.js';

/** Short references trackers hand out: `#12` (GitHub), `ENG-42` (Linear), `PROJ-17` (Jira). */
const TRACKER_REF = /^(?:#\d+|[A-Za-z][A-Za-z0-9_]*-\d+)$/;

interface Range {
  start: number;
  end: number;
  /** Whole lines (the phase items) rather than a link inside a line. */
  line: boolean;
}

/**
 * The inverse of write-back for one file of a parsed feature: drops the trailing tracker links
 * of task lines and the `Milestone:` / `Issues:` items of phases. Links whose text is not a
 * tracker reference were written by a person and stay.
 */
export function stripLinks(text: string, feature: Feature, file: string): string {
  const ranges: Range[] = [];
  for (const task of feature.tasks) {
    const link = task.linkSite.existing;
    if (task.linkSite.file !== file || !link || !TRACKER_REF.test(link.text)) continue;
    ranges.push({ start: link.start, end: link.end, line: false });
  }
  for (const phase of feature.phases) {
    const site = phase.linkSite;
    if (!site || site.file !== file) continue;
    for (const item of [site.milestone, site.issues]) {
      if (item) ranges.push({ start: item.start, end: item.end, line: true });
    }
  }
  return applyEdits(
    text,
    merge(ranges).map((range) => toEdit(text, range)),
  );
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      last.line = last.line || range.line;
    } else {
      out.push({ ...range });
    }
  }
  return out;
}

/**
 * Lines inserted at the end of a file without a final newline began with the line break
 * (so the file kept ending without one); removing them takes that break back too.
 */
function toEdit(text: string, range: Range): Edit {
  let start = range.start;
  const removed = text.slice(range.start, range.end);
  if (range.line && range.end === text.length && !removed.endsWith('\n')) {
    if (text.slice(0, start).endsWith('\r\n')) start -= 2;
    else if (text.slice(0, start).endsWith('\n')) start -= 1;
  }
  return { start, end: range.end, text: '' };
}
