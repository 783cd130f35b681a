/** Consecutive runs of the same call, at most `size` long. */
export function chunk<T>(items: T[], size: number, by: (item: T) => string): T[][] {
  const chunks: T[][] = [];
  for (const item of items) {
    const last = chunks.at(-1);
    if (last && last.length < size && by(last[0]!) === by(item)) last.push(item);
    else chunks.push([item]);
  }
  return chunks;
}
