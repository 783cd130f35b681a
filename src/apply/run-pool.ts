/** Runs `work` over `items` with at most `limit` in flight; stops starting new work once `stop()` says so. */
export async function runPool<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<T[]> {
  const skipped: T[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const item = items[next++]!;
      if (stop()) {
        skipped.push(item);
        continue;
      }
      await work(item);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return skipped;
}
