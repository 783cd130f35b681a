import { parseRanges } from './parse-ranges.js';
import { TASK_ID } from './task-id.js';

const idList = String.raw`${TASK_ID}(?:\s*(?:,|、|&|\band\b|\by\b|\be\b|-|–|—|\.\.|\bto\b)\s*${TASK_ID})*`;
const pattern = new RegExp(
  String.raw`(?:depends\s+on|depends\s+upon|depend\s+on|depende\s+de|dependencies|dependências|dependencias|依赖|依存)\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*(${idList})`,
  'gi',
);

const keyword = /depend|依赖|依存/i;

/** Ids named after `depends on` (also `Depende de`, `**Dependencies**:`), ranges expanded. */
export function parseDependsOn(text: string, self?: string): string[] {
  const ids: string[] = [];
  // Every keyword above starts with one of these; most task text has none, and is done with.
  if (!keyword.test(text)) return ids;
  for (const match of text.matchAll(pattern)) {
    for (const { id } of parseRanges(match[1] ?? '').ids) {
      if (id !== self && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** A trailing `(depends on T012, T013)` or `Depende de T001, T002.` at the end of a title. */
export const TRAILING_DEPENDS = new RegExp(
  String.raw`\s*(?:\(\s*)?(?:depends\s+on|depends\s+upon|depende\s+de|依赖)\s*[:：]?\s*${idList}\s*\)?\s*[.。]?$`,
  'i',
);
