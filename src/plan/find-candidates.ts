import { inlineText } from './inline-text.js';
import type { LineIndex } from './line-index.js';
import type { Block, ItemBlock } from './outline.js';
import { parsePhaseHeading } from './parse-phase-heading.js';
import { isPlaceholderLine, parseTaskLine, type TaskLine } from './parse-task-line.js';
import { readRowStatus } from './read-row-status.js';
import { isPlaceholderId, isTaskId } from './task-id.js';

export interface Candidate {
  kind: 'item' | 'heading' | 'row';
  id: string;
  idOffset: number;
  checkbox: boolean;
  done: boolean;
  tags: string[];
  struck: boolean;
  ordered: boolean;
  phase: string | null;
  /** The text after the id only relates tasks (`- T013 depends on T004, T005`). */
  note: boolean;
  /** Span of the item, heading or row. */
  start: number;
  end: number;
  /** The title runs from `titleStart` to `lineEnd`: the item's first paragraph, or the title cell. */
  titleStart: number;
  lineEnd: number;
  /** Where the continuation (sub-bullets, field lines) lives. */
  detailsStart: number;
  detailsEnd: number;
}

export interface PhaseHeadingFound {
  number: string;
  title: string;
  start: number;
  end: number;
  /** Items of the lists right under the heading (before any other heading). */
  items: ItemBlock[];
  /** The phase was written as a plain line (`PHASE 0 — Foundations`), not as a heading. */
  plainLine: boolean;
  /** Heading level (7 for a plain line). */
  depth: number;
}

export interface Found {
  candidates: Candidate[];
  phases: PhaseHeadingFound[];
  placeholderIds: { text: string; offset: number }[];
}

const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=[\r\n]|$))/;
/** Text after an id that relates it to other tasks instead of describing work. */
const relation =
  /^(?:depends\s+(?:on|upon)|blocks|blocked\s+by|is\s+blocked|requires|needs|waits\s+for|must\s+follow|runs?\s+after|after|before|depende\s+de|bloquea|依赖|依存)\b/i;
/** Deeper than any heading: a plain-line phase ends at the next heading of any level. */
const PLAIN_LINE_DEPTH = 7;

/**
 * One walk over the blocks: tracks the phase each block sits in and turns every heading,
 * list item and table row that starts with a task id into a candidate. Items nested inside a
 * candidate are its details, not tasks of their own. A file without phase headings may write
 * its phases as plain lines of their own (`PHASE 0 — Foundations`).
 */
export function findCandidates(blocks: Block[], text: string, index: LineIndex): Found {
  const found: Found = { candidates: [], phases: [], placeholderIds: [] };
  let phase = null as { found: PhaseHeadingFound; depth: number } | null;
  let underHeading = null as PhaseHeadingFound | null;
  let insideUntil = -1;
  const headingTasks: { candidate: Candidate; depth: number }[] = [];
  const plainLines = !blocks.some(
    (b) => b.kind === 'heading' && parsePhaseHeading(headingText(text, b)) !== null,
  );

  const startPhase = (heading: Omit<PhaseHeadingFound, 'depth'>, depth: number): void => {
    const entry: PhaseHeadingFound = { ...heading, depth };
    found.phases.push(entry);
    phase = { found: entry, depth };
    underHeading = entry;
  };
  const candidate = (
    kind: Candidate['kind'],
    parsed: TaskLine,
    at: number,
    block: { start: number; end: number },
    rest: Pick<Candidate, 'ordered' | 'lineEnd' | 'detailsStart' | 'detailsEnd'>,
  ): Candidate => ({
    kind,
    id: parsed.id,
    idOffset: at + parsed.idStart,
    checkbox: parsed.checkbox,
    done: parsed.done,
    tags: parsed.tags,
    struck: parsed.struck,
    phase: phase?.found.number ?? null,
    note: relation.test(text.slice(at + parsed.titleStart, rest.lineEnd)),
    start: block.start,
    end: block.end,
    titleStart: at + parsed.titleStart,
    ...rest,
  });

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const depth = block.depth;
      for (const open of headingTasks.splice(0)) {
        if (depth <= open.depth) open.candidate.detailsEnd = block.start;
        else headingTasks.push(open);
      }
      const heading = parsePhaseHeading(headingText(text, block));
      if (heading) {
        startPhase(
          { ...heading, start: block.start, end: block.end, items: [], plainLine: false },
          depth,
        );
        continue;
      }
      underHeading = null;
      if (phase && depth <= phase.depth) phase = null;
      const { start: at, end: lineEnd } = block.content;
      const parsed = parseTaskLine(text.slice(at, lineEnd));
      if (!parsed) continue;
      if (isPlaceholderLine(parsed)) {
        found.placeholderIds.push({ text: parsed.placeholder, offset: at + parsed.idStart });
        continue;
      }
      const task = candidate('heading', parsed, at, block, {
        ordered: false,
        lineEnd,
        detailsStart: index.nextLineStart(block.end),
        detailsEnd: text.length,
      });
      found.candidates.push(task);
      headingTasks.push({ candidate: task, depth });
      continue;
    }

    if (block.kind === 'paragraph') {
      if (!plainLines || !block.topLevel || text.slice(block.start, block.end).includes('\n')) {
        continue;
      }
      const heading = parsePhaseHeading(inlineText(text.slice(block.start, block.end)));
      // A plain line needs a number and a title to be a phase; prose mentions phases often.
      if (heading && heading.title !== '' && /\d|Final/.test(heading.number)) {
        startPhase(
          { ...heading, start: block.start, end: block.end, items: [], plainLine: true },
          PLAIN_LINE_DEPTH,
        );
      }
      continue;
    }

    if (block.kind === 'row') {
      const [first, second] = block.cells;
      if (!first) continue;
      const cell = text.slice(first.start, first.end);
      const raw = cell.replace(/^(\*\*|__)(.*)\1$/, '$2');
      const idOffset = first.start + cell.indexOf(raw);
      if (isPlaceholderId(raw)) {
        found.placeholderIds.push({ text: raw, offset: idOffset });
        continue;
      }
      if (!isTaskId(raw)) continue;
      const [titleStart, titleEnd] = second ? [second.start, second.end] : [first.end, first.end];
      const done = readRowStatus(block, text) === 'done';
      found.candidates.push({
        kind: 'row',
        id: raw,
        idOffset,
        checkbox: done,
        done,
        tags: [],
        struck: false,
        ordered: false,
        phase: phase?.found.number ?? null,
        note: false,
        start: block.start,
        end: block.end,
        titleStart,
        lineEnd: titleEnd,
        detailsStart: block.end,
        detailsEnd: block.end,
      });
      continue;
    }

    if (underHeading && block.start > underHeading.end) underHeading.items.push(block);
    if (block.start < insideUntil) continue;
    const contentStart =
      block.start + (marker.exec(text.slice(block.start, block.start + 40))?.[0].length ?? 0);
    const parsed = parseTaskLine(text.slice(contentStart, index.contentEnd(contentStart)));
    if (!parsed) continue;
    if (isPlaceholderLine(parsed)) {
      found.placeholderIds.push({
        text: parsed.placeholder,
        offset: contentStart + parsed.idStart,
      });
      continue;
    }
    insideUntil = block.end;
    const lineEnd = titleEnd(text, index, contentStart, block);
    found.candidates.push(
      candidate('item', parsed, contentStart, block, {
        ordered: block.ordered,
        lineEnd,
        detailsStart: Math.min(index.nextLineStart(lineEnd), block.end),
        detailsEnd: block.end,
      }),
    );
  }
  return found;
}

function headingText(text: string, block: Extract<Block, { kind: 'heading' }>): string {
  return inlineText(text.slice(block.content.start, block.content.end));
}

/**
 * Where an item's title ends: its first paragraph, which may wrap over several lines, up to a
 * hard line break (two spaces or a backslash at the end of a line), after which come field
 * lines (`路径: …`) rather than more title.
 */
function titleEnd(text: string, index: LineIndex, contentStart: number, block: ItemBlock): number {
  const last = block.paragraphEnd ?? index.contentEnd(contentStart);
  let end = index.contentEnd(contentStart);
  while (end < last) {
    if (/(?: {2,}|\t|\\)$/.test(text.slice(index.lineStart(end), end))) break;
    end = index.contentEnd(index.nextLineStart(end));
  }
  end = Math.min(end, last);
  while (end > contentStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}
