import type { Candidate } from './find-candidates.js';
import { findTrailingLink } from './find-trailing-link.js';
import type { LineIndex } from './line-index.js';
import { parseDependsOn } from './parse-depends-on.js';
import { readTitle } from './read-title.js';
import type { Task } from './types.js';

/** The status field of a heading task (`- **Status**: [x] Done`) carries its checkbox. */
const statusBox = /\bStatus(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*\[([ xX])\]/;

export function buildTask(
  candidate: Candidate,
  text: string,
  file: string,
  index: LineIndex,
): Task {
  const titleText = text.slice(candidate.titleStart, candidate.lineEnd);
  const link = findTrailingLink(titleText, candidate.titleStart);
  const titleEnd = link ? link.start : candidate.lineEnd;
  const rawTitle = text.slice(candidate.titleStart, Math.max(candidate.titleStart, titleEnd));
  const details = dedent(text.slice(candidate.detailsStart, candidate.detailsEnd));
  const title = readTitle(rawTitle, candidate.struck);

  let { checkbox, done } = candidate;
  if (candidate.kind === 'heading') {
    const status = statusBox.exec(details);
    if (status) {
      checkbox = true;
      done = status[1] !== ' ';
    }
  }

  // The link goes at the end of the title, which is the end of its paragraph when it wraps.
  let insertAt = candidate.lineEnd;
  while (insertAt > candidate.titleStart && /[ \t]/.test(text[insertAt - 1] ?? '')) insertAt--;

  return {
    id: candidate.id,
    title: title.title,
    phase: candidate.phase,
    done: checkbox && done,
    obsolete: title.obsolete,
    tags: [...candidate.tags, ...title.tags.filter((tag) => !candidate.tags.includes(tag))],
    dependsOn: parseDependsOn(`${rawTitle}\n${details}`, candidate.id),
    details,
    link,
    source: { file, start: index.position(candidate.start), end: index.position(candidate.end) },
    linkSite: { file, insertAt, existing: link },
  };
}

/** Continuation text without the indentation it has under its list item. */
function dedent(block: string): string {
  if (block === '') return '';
  const lines = block.replace(/\s+$/, '').split(/\r?\n/);
  let min = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    min = Math.min(min, /^[ \t]*/.exec(line)?.[0].length ?? 0);
  }
  if (min === Infinity) return '';
  return lines
    .map((line) => line.slice(min))
    .join('\n')
    .replace(/^\n+/, '');
}
