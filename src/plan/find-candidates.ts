import type { Block } from './collect-blocks.js';
import type { LineIndex } from './line-index.js';
import { parsePhaseHeading } from './parse-phase-heading.js';
import { isPlaceholderLine, parseTaskLine } from './parse-task-line.js';
import { plainText } from './plain-text.js';
import { isPlaceholderId, isTaskId } from './task-id.js';

export interface Candidate {
  kind: 'item' | 'heading' | 'row';
  id: string;
  idOffset: number;
  checkbox: boolean;
  done: boolean;
  tags: string[];
  ordered: boolean;
  phase: string | null;
  /** Span of the item, heading or row. */
  start: number;
  end: number;
  /** The title runs from `titleStart` to `lineEnd` (end of the first line, or of the title cell). */
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
  items: Extract<Block, { kind: 'item' }>[];
}

export interface Found {
  candidates: Candidate[];
  phases: PhaseHeadingFound[];
  placeholderIds: { text: string; offset: number }[];
}

const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=[\r\n]|$))/;
const atxOpen = /^[ \t]*#{1,6}[ \t]*/;
const atxClose = /[ \t]+#+[ \t]*$/;

/**
 * One walk over the blocks: tracks the phase each block sits in and turns every heading,
 * list item and table row that starts with a task id into a candidate. Items nested inside a
 * candidate are its details, not tasks of their own.
 */
export function findCandidates(blocks: Block[], text: string, index: LineIndex): Found {
  const found: Found = { candidates: [], phases: [], placeholderIds: [] };
  let phase: { found: PhaseHeadingFound; depth: number } | null = null;
  let underHeading: PhaseHeadingFound | null = null;
  let insideUntil = -1;
  const headingTasks: { candidate: Candidate; depth: number }[] = [];

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const depth = block.node.depth;
      for (const open of headingTasks.splice(0)) {
        if (depth <= open.depth) open.candidate.detailsEnd = block.start;
        else headingTasks.push(open);
      }
      const heading = parsePhaseHeading(plainText(block.node));
      if (heading) {
        const entry: PhaseHeadingFound = {
          ...heading,
          start: block.start,
          end: block.end,
          items: [],
        };
        found.phases.push(entry);
        phase = { found: entry, depth };
        underHeading = entry;
        continue;
      }
      underHeading = null;
      if (phase && depth <= phase.depth) phase = null;
      const lineEnd = index.contentEnd(block.start);
      const line = text.slice(block.start, lineEnd);
      const open = atxOpen.exec(line)?.[0].length ?? 0;
      const content = line.slice(open).replace(atxClose, '');
      const parsed = parseTaskLine(content);
      if (!parsed) continue;
      if (isPlaceholderLine(parsed)) {
        found.placeholderIds.push({
          text: parsed.placeholder,
          offset: block.start + open + parsed.idStart,
        });
        continue;
      }
      const candidate: Candidate = {
        kind: 'heading',
        id: parsed.id,
        idOffset: block.start + open + parsed.idStart,
        checkbox: parsed.checkbox,
        done: parsed.done,
        tags: parsed.tags,
        ordered: false,
        phase: phase?.found.number ?? null,
        start: block.start,
        end: block.end,
        titleStart: block.start + open + parsed.titleStart,
        lineEnd: block.start + open + content.length,
        detailsStart: index.nextLineStart(block.end),
        detailsEnd: text.length,
      };
      found.candidates.push(candidate);
      headingTasks.push({ candidate, depth });
      continue;
    }

    if (block.kind === 'row') {
      const cells = block.node.children;
      const first = cells[0];
      const second = cells[1];
      if (!first?.position) continue;
      const [cellStart, cellEnd] = trimCell(
        text,
        first.position.start.offset ?? 0,
        first.position.end.offset ?? 0,
        block.start - (block.node.position?.start.offset ?? 0),
      );
      const raw = text.slice(cellStart, cellEnd).replace(/^(\*\*|__)(.*)\1$/, '$2');
      if (isPlaceholderId(raw)) {
        found.placeholderIds.push({
          text: raw,
          offset: cellStart + text.slice(cellStart, cellEnd).indexOf(raw),
        });
        continue;
      }
      if (!isTaskId(raw)) continue;
      const shift = block.start - (block.node.position?.start.offset ?? 0);
      const [titleStart, titleEnd] = second?.position
        ? trimCell(text, second.position.start.offset ?? 0, second.position.end.offset ?? 0, shift)
        : [cellEnd, cellEnd];
      const done = cells.some((cell) => /^\s*\[[xX]\]\s*$/.test(plainText(cell)));
      found.candidates.push({
        kind: 'row',
        id: raw,
        idOffset: cellStart + text.slice(cellStart, cellEnd).indexOf(raw),
        checkbox: done,
        done,
        tags: [],
        ordered: false,
        phase: phase?.found.number ?? null,
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
    const lineEnd = index.contentEnd(contentStart);
    const parsed = parseTaskLine(text.slice(contentStart, lineEnd));
    if (!parsed) continue;
    if (isPlaceholderLine(parsed)) {
      found.placeholderIds.push({
        text: parsed.placeholder,
        offset: contentStart + parsed.idStart,
      });
      continue;
    }
    insideUntil = block.end;
    found.candidates.push({
      kind: 'item',
      id: parsed.id,
      idOffset: contentStart + parsed.idStart,
      checkbox: parsed.checkbox,
      done: parsed.done,
      tags: parsed.tags,
      ordered: block.ordered,
      phase: phase?.found.number ?? null,
      start: block.start,
      end: block.end,
      titleStart: contentStart + parsed.titleStart,
      lineEnd,
      detailsStart: Math.min(index.nextLineStart(contentStart), block.end),
      detailsEnd: block.end,
    });
  }
  return found;
}

/** Offsets of a cell's content without its pipes and padding. */
function trimCell(text: string, start: number, end: number, shift: number): [number, number] {
  let s = start + shift;
  let e = end + shift;
  while (s < e && /[|\s]/.test(text[s] ?? '')) s++;
  while (e > s && /[|\s]/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
