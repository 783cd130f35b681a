import type { PhaseHeadingFound } from './find-candidates.js';
import type { LineIndex } from './line-index.js';
import { parseRanges, type ParsedRanges } from './parse-ranges.js';
import { inlineText } from './inline-text.js';
import type { Link, PhaseLinkSite } from './types.js';

export interface PlanFields {
  ranges: ParsedRanges | null;
  duration: string | null;
  deliverables: string[];
  linkSite: PhaseLinkSite;
  link: Link | null;
}

const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const label =
  /^(?:\*\*|__)?(Tasks|Duration|Deliverables|Milestone|Issues)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*|^(?:\*\*|__)(Tasks|Duration|Deliverables|Milestone|Issues)\s*[:：]\s*(?:\*\*|__)\s*/;
const linkItem = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?(Milestone|Issues)\b/;
const markdownLink = /\[([^\]\n]+)\]\(([^()\s]+)\)/;

/**
 * Reads the items under a plan.md phase heading (`- Tasks: T001-T005`, `- Duration: 2d`,
 * `- Deliverables: …`) and works out where write-back puts the phase's links.
 *
 * `linkSite.insertAt` is the start of the line after the `Tasks:` item (after the whole item,
 * so its sub-bullets stay with it). Without a `Tasks:` item it is the start of the line after
 * the heading, or after the one blank line that follows the heading when a list comes next
 * (the new items join it); before prose it stays right under the heading, so the blank line
 * keeps the prose out of the new list. `prefix` copies the
 * indentation and bullet of the `Tasks:` item, else `"- "`. `Milestone:` / `Issues:` items
 * found on the lines starting at `insertAt` are reported with their full lines (line ending
 * included) so write-back replaces them instead of adding new ones.
 */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;

export function readPlanFields(
  phase: PhaseHeadingFound,
  text: string,
  index: LineIndex,
  file: string,
  eol: string,
): PlanFields {
  const fields: PlanFields = {
    ranges: null,
    duration: null,
    deliverables: [],
    link: null,
    linkSite: {
      file,
      insertAt: 0,
      prefix: '- ',
      eol,
      atEofWithoutNewline: false,
      milestone: null,
      issues: null,
    },
  };
  let tasksItemEnd: number | null = null;

  for (const item of phase.items) {
    const contentStart =
      item.start + (marker.exec(text.slice(item.start, item.start + 40))?.[0].length ?? 0);
    const firstLineEnd = index.contentEnd(contentStart);
    const head = label.exec(text.slice(contentStart, firstLineEnd));
    if (!head) continue;
    const name = head[1] ?? head[2];
    const valueStart = contentStart + head[0].length;
    if (name === 'Tasks' && fields.ranges === null) {
      const valueEnd = item.paragraphEnd ?? firstLineEnd;
      fields.ranges = parseRanges(text.slice(valueStart, valueEnd), valueStart);
      tasksItemEnd = item.end;
      const lineStart = index.lineStart(item.start);
      fields.linkSite.prefix = text.slice(lineStart, contentStart);
    } else if (name === 'Duration' && fields.duration === null) {
      fields.duration = text.slice(valueStart, firstLineEnd).trim() || null;
    } else if (name === 'Deliverables' && fields.deliverables.length === 0) {
      const value = text.slice(valueStart, firstLineEnd).trim();
      if (value) fields.deliverables.push(value);
      for (const sub of phase.items) {
        if (sub.depth !== item.depth + 1 || sub.start <= item.start || sub.end > item.end) continue;
        const subStart =
          sub.start + (marker.exec(text.slice(sub.start, sub.start + 40))?.[0].length ?? 0);
        const line = inlineText(text.slice(subStart, index.contentEnd(subStart))).trim();
        if (line) fields.deliverables.push(line);
      }
    }
  }

  const site = fields.linkSite;
  if (tasksItemEnd !== null) {
    site.insertAt = index.nextLineStart(Math.max(tasksItemEnd - 1, 0));
  } else {
    site.insertAt = index.nextLineStart(phase.start);
    const lineAt = (offset: number) => text.slice(offset, index.contentEnd(offset));
    // Join a list that follows the blank line; otherwise insert right under the heading, so the
    // blank line stays between the new items and any prose (which would else fold into them).
    if (site.insertAt < text.length && lineAt(site.insertAt).trim() === '') {
      const after = index.nextLineStart(site.insertAt);
      if (after < text.length && LIST_ITEM.test(lineAt(after))) site.insertAt = after;
    }
  }
  site.atEofWithoutNewline = site.insertAt === text.length && !text.endsWith('\n');

  let at = site.insertAt;
  for (let i = 0; i < 2 && at < text.length; i++) {
    const end = index.contentEnd(at);
    const match = linkItem.exec(text.slice(at, end));
    if (!match) break;
    const next = index.nextLineStart(at);
    const entry = { start: at, end: next, text: text.slice(at, end) };
    if (match[1] === 'Milestone' && !site.milestone) {
      site.milestone = entry;
      const link = markdownLink.exec(entry.text);
      if (link) {
        let start = at + link.index;
        if (text[start - 1] === ' ') start -= 1;
        fields.link = {
          text: link[1] ?? '',
          url: link[2] ?? '',
          start,
          end: at + link.index + link[0].length,
        };
      }
    } else if (match[1] === 'Issues' && !site.issues) {
      site.issues = entry;
    } else {
      break;
    }
    at = next;
  }
  return fields;
}
