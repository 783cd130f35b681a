import type { Position } from './types.js';

export interface LineIndex {
  /** 1-based line and column of a 0-based offset into the original text. */
  position(offset: number): Position;
  /** Offset of the first character of the line holding `offset`. */
  lineStart(offset: number): number;
  /** Offset just past the line's content: before `\r\n` / `\n`, or the end of the text. */
  contentEnd(offset: number): number;
  /** Offset of the first character of the next line, or the text length on the last line. */
  nextLineStart(offset: number): number;
  /** Offset of the first character of a 0-based line number (the text length past the end). */
  startOfLine(line: number): number;
  /** Offset just past the content of a 0-based line number, before its line ending. */
  endOfLine(line: number): number;
}

/**
 * Positions are computed from our own table of line starts rather than taken from remark, so
 * every position (also inside a line, for a range token) indexes the exact original text.
 */
export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);

  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const nextLineStart = (offset: number): number => starts[lineOf(offset) + 1] ?? text.length;

  return {
    position(offset) {
      const line = lineOf(offset);
      return { line: line + 1, column: offset - (starts[line] ?? 0) + 1, offset };
    },
    lineStart: (offset) => starts[lineOf(offset)] ?? 0,
    startOfLine: (line) => starts[line] ?? text.length,
    endOfLine(line) {
      const next = starts[line + 1];
      if (next === undefined) return text.length;
      return text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
    },
    nextLineStart,
    contentEnd(offset) {
      let end = nextLineStart(offset);
      if (end > 0 && text[end - 1] === '\n' && end - 1 >= offset) end -= 1;
      if (end > 0 && text[end - 1] === '\r' && end - 1 >= offset) end -= 1;
      return end;
    },
  };
}
