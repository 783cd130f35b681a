/**
 * The cells of one table row line, `[start, end)` within `start..end` of `text`: split at
 * pipes that are not escaped (GFM splits inside code spans too), each cell trimmed of its
 * padding. A leading and a trailing pipe open and close the row rather than making cells.
 */
export function splitRow(
  text: string,
  start: number,
  end: number,
): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let from = start;
  if (text[from] === '|') from++;
  let at = from;
  const push = (cellEnd: number): void => {
    let s = from;
    let e = cellEnd;
    while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    cells.push({ start: s, end: e });
  };
  for (; at < end; at++) {
    if (text[at] === '\\') {
      at++;
      continue;
    }
    if (text[at] !== '|') continue;
    push(at);
    from = at + 1;
  }
  if (from < end) push(end);
  return cells;
}
