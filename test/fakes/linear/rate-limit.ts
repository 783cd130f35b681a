/**
 * Linear's leaky buckets: one of requests, one of complexity points. Each starts full,
 * drains by what a request costs and refills at a steady rate; a request that finds too
 * little is answered `ratelimited`. Every answer reports both in `X-RateLimit-*` headers,
 * with resets as epoch milliseconds: when the bucket will be full again.
 */
export interface RateLimitOptions {
  /** Requests the bucket holds. Linear gives an API key 5,000 an hour. */
  requests?: number;
  /** Complexity points the bucket holds. Linear gives an API key 250,000 an hour. */
  complexity?: number;
  /** How long an empty bucket takes to refill. Default one hour. */
  refillMs?: number;
}

export type RateLimit = ReturnType<typeof createRateLimit>;

export function createRateLimit(now: () => number, options: RateLimitOptions = {}) {
  const refillMs = options.refillMs ?? 3_600_000;
  const requests = bucket(options.requests ?? 5000, refillMs, now);
  const complexity = bucket(options.complexity ?? 250_000, refillMs, now);

  return {
    /** Takes one request from the bucket; false when it is empty. */
    admit(): boolean {
      return requests.take(1) && complexity.level() > 0;
    },
    /** Takes the points a query cost once it has run. */
    spendComplexity(points: number): void {
      complexity.take(points, true);
    },
    headers(queryComplexity?: number): Record<string, string> {
      return {
        'x-ratelimit-requests-limit': String(requests.capacity),
        'x-ratelimit-requests-remaining': String(Math.floor(requests.level())),
        'x-ratelimit-requests-reset': String(requests.fullAt()),
        'x-ratelimit-complexity-limit': String(complexity.capacity),
        'x-ratelimit-complexity-remaining': String(Math.floor(complexity.level())),
        'x-ratelimit-complexity-reset': String(complexity.fullAt()),
        ...(queryComplexity !== undefined ? { 'x-complexity': String(queryComplexity) } : {}),
      };
    },
    /** Empties the request bucket, as a burst of other clients on the same key would. */
    drain(): void {
      requests.take(requests.level(), true);
    },
    reset(): void {
      requests.fill();
      complexity.fill();
    },
  };
}

function bucket(capacity: number, refillMs: number, now: () => number) {
  const perMs = capacity / refillMs;
  let level = capacity;
  let at = now();
  const refill = () => {
    const t = now();
    level = Math.min(capacity, level + (t - at) * perMs);
    at = t;
  };
  return {
    capacity,
    level(): number {
      refill();
      return level;
    },
    take(amount: number, force = false): boolean {
      refill();
      if (!force && level < amount) return false;
      level = Math.max(0, level - amount);
      return true;
    },
    fullAt(): number {
      refill();
      return Math.ceil(at + (capacity - level) / perMs);
    },
    fill(): void {
      level = capacity;
      at = now();
    },
  };
}
