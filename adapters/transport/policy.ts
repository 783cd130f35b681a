import type { ProgressEvent } from '../../src/contract/types.js';
/**
 * How long one request may take and how often a failed read is sent again, the same for
 * every adapter. The defaults suit real trackers; the environment tightens them (tests use a
 * few hundred milliseconds) or loosens them for a slow proxy.
 */
export interface TransportPolicy {
  /** A request with no answer after this long is abandoned. */
  timeoutMs: number;
  /** Retries after a server error or no answer (so `retries + 1` tries in all). */
  retries: number;
  /** The first wait before a retry; each next wait doubles it. */
  retryDelayMs: number;
}

export const DEFAULT_POLICY: TransportPolicy = {
  timeoutMs: 30_000,
  retries: 3,
  retryDelayMs: 1000,
};

export const POLICY_VARIABLES = {
  timeoutMs: 'PLANSYNC_REQUEST_TIMEOUT_MS',
  retries: 'PLANSYNC_RETRIES',
  retryDelayMs: 'PLANSYNC_RETRY_DELAY_MS',
} as const;

/** The policy, each value from its variable when that holds a whole number ≥ 0. */
export function transportPolicy(env: Record<string, string | undefined> = {}): TransportPolicy {
  const read = (key: keyof TransportPolicy): number => {
    const raw = env[POLICY_VARIABLES[key]]?.trim();
    const value = raw ? Number(raw) : NaN;
    return Number.isInteger(value) && value >= 0 ? value : DEFAULT_POLICY[key];
  };
  return {
    timeoutMs: Math.max(1, read('timeoutMs')),
    retries: Math.min(10, read('retries')),
    retryDelayMs: read('retryDelayMs'),
  };
}

/** The wait before retry `n` (1-based): the delay, doubled each time. */
export function backoffMs(policy: TransportPolicy, retry: number): number {
  return policy.retryDelayMs * 2 ** (retry - 1);
}

/** What every adapter's client takes besides its address and credentials. */
export interface TransportHooks {
  /** Longest rate-limit wait to sit through before stopping and leaving the rest for later. */
  maxWaitSeconds: number;
  /** Deadline per request, retries after server errors; the defaults when absent. */
  policy?: TransportPolicy;
  onProgress?: (event: ProgressEvent) => void;
  log?: (message: string) => void;
  /** The fetch underneath the origin guard (tests hand in a fake's); the global one otherwise. */
  fetch?: typeof globalThis.fetch;
  /** How to wait; tests make it instant. */
  sleep?: (ms: number) => Promise<void>;
}
