/**
 * GitHub's two limits. The primary one is a budget of requests per window, reported in the
 * `x-ratelimit-*` headers of every response. The secondary one caps content-creating
 * requests per minute and answers with `retry-after`.
 */
export interface RateLimitOptions {
  /** Requests per window. GitHub gives a token 5,000 an hour. */
  limit?: number;
  windowSeconds?: number;
  /** Content-creating requests allowed per minute before a secondary limit; off when absent. */
  writesPerMinute?: number;
  /** `retry-after` seconds sent with an automatic secondary limit. Default 60. */
  secondaryRetryAfter?: number;
}

export type RateLimit = ReturnType<typeof createRateLimit>;

export function createRateLimit(now: () => number, options: RateLimitOptions = {}) {
  const limit = options.limit ?? 5000;
  const windowMs = (options.windowSeconds ?? 3600) * 1000;
  let used = 0;
  let resetAt = now() + windowMs;
  let writes: number[] = [];

  const roll = (): void => {
    if (now() >= resetAt) {
      used = 0;
      resetAt = now() + windowMs;
    }
  };

  return {
    exhausted(): boolean {
      roll();
      return used >= limit;
    },
    spend(): void {
      roll();
      used += 1;
    },
    /** Seconds to wait when this write would pass the per-minute cap, else undefined. */
    secondaryWait(): number | undefined {
      if (options.writesPerMinute === undefined) return undefined;
      const t = now();
      writes = writes.filter((at) => t - at < 60_000);
      if (writes.length >= options.writesPerMinute) return options.secondaryRetryAfter ?? 60;
      writes.push(t);
      return undefined;
    },
    snapshot() {
      roll();
      return {
        limit,
        used,
        remaining: Math.max(limit - used, 0),
        reset: Math.ceil(resetAt / 1000),
      };
    },
    headers(): Record<string, string> {
      const s = this.snapshot();
      return {
        'x-ratelimit-limit': String(s.limit),
        'x-ratelimit-remaining': String(s.remaining),
        'x-ratelimit-reset': String(s.reset),
        'x-ratelimit-used': String(s.used),
        'x-ratelimit-resource': 'core',
      };
    },
    reset(): void {
      used = 0;
      resetAt = now() + windowMs;
      writes = [];
    },
  };
}
