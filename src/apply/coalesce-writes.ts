/**
 * Runs `flush` for what changed at most once per `intervalMs`, in order, never two at once.
 * Recording every result as it arrives would rewrite the plan file after each item; markers
 * already recover what a kill loses, so writing a few times a second is enough. `drain()`
 * flushes what is left (the end of a run, SIGINT, SIGTERM).
 */
export function coalesceWrites<T>(
  flush: (items: Set<T>) => Promise<void>,
  intervalMs: number,
  now: () => number = Date.now,
) {
  const dirty = new Set<T>();
  let timer: NodeJS.Timeout | null = null;
  let last = -Infinity;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;

  const run = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    last = now();
    const batch = new Set(dirty);
    dirty.clear();
    if (batch.size === 0) return chain;
    chain = chain
      .then(() => flush(batch))
      .catch((error: unknown) => {
        failure ??= error;
      });
    return chain;
  };

  return {
    touch(item: T): void {
      dirty.add(item);
      if (timer) return;
      const wait = last + intervalMs - now();
      if (wait <= 0) void run();
      else timer = setTimeout(() => void run(), wait);
    },
    /** Flushes everything now; rethrows the first failure of any flush. */
    async drain(): Promise<void> {
      await run();
      await chain;
      if (failure) throw failure;
    },
  };
}
