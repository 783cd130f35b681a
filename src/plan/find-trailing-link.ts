import type { Link } from './types.js';

/**
 * A link plansync wrote back: the last thing on the line, with text that reads like a tracker
 * reference (`#123`, `ENG-42`). Other trailing links (`[docs](…)`) belong to the author.
 */
const pattern = /\[(#\d+|[A-Z][A-Z0-9_]*-\d+)\]\(([^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)[ \t]*$/;

/** `line` is one line's content (no line ending); `lineStart` its offset in the file. */
export function findTrailingLink(line: string, lineStart: number): Link | null {
  const match = pattern.exec(line);
  if (!match) return null;
  const [, text = '', url = ''] = match;
  let start = match.index;
  if (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start -= 1;
  const end = match.index + match[0].trimEnd().length;
  return { text, url, start: lineStart + start, end: lineStart + end };
}
