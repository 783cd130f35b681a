export interface MemoryPeak {
  /** Highest resident set size seen, in bytes. */
  rss: number;
  /** Highest V8 heap in use seen, in bytes. */
  heapUsed: number;
}

export interface MemorySampler {
  /** Collects garbage first (when `--expose-gc` is on), so a sample starts from live data only. */
  reset(): void;
  sample(): void;
  peak(): MemoryPeak;
}

/**
 * A high-water mark of memory, sampled between the stages of a run. The stages are
 * synchronous, so a timer could never fire inside one; samples at the boundaries, while every
 * stage's output is still alive, are what is left.
 */
export function sampleMemory(): MemorySampler {
  const peak: MemoryPeak = { rss: 0, heapUsed: 0 };
  return {
    reset() {
      (globalThis as { gc?: () => void }).gc?.();
    },
    sample() {
      const usage = process.memoryUsage();
      peak.rss = Math.max(peak.rss, usage.rss);
      peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
    },
    peak: () => ({ ...peak }),
  };
}
