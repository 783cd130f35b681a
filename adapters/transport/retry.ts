/**
 * Sends a request again after a server error or no answer, with waits that double, each
 * announced on stderr, a bounded number of times; then stops with one line that says what
 * happened on every try. Whether a request may be sent again is the caller's call (reads
 * may; a write that may have happened may not).
 */
import { backoffMs, type TransportPolicy } from './policy.js';
import { transportErrorIn } from './guarded-fetch.js';
import { exhausted, foreignOrigin, statusLine } from './tracker-failure.js';
import type { ProgressEvent } from '../../src/contract/types.js';

export interface RetryOptions {
  /** "GitHub", "Linear", "Jira": the name in every message. */
  tracker: string;
  /** What is being sent, for the progress line, e.g. "GET /repos/acme/app/issues". */
  label: string;
  policy: TransportPolicy;
  /** False: one try only (a write that may have happened). */
  retry: boolean;
  /** The HTTP status of a failed answer, when there was one. */
  statusOf: (error: unknown) => number | undefined;
  onProgress?: (event: ProgressEvent) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const sleeper = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Transient: a 5xx, or no answer at all. A refused origin never is. */
export function isTransient(error: unknown, status: number | undefined): boolean {
  const transport = transportErrorIn(error);
  if (transport) return transport.kind !== 'foreign-origin';
  return status !== undefined && status >= 500;
}

export async function withRetries<T>(run: () => Promise<T>, options: RetryOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleeper;
  const startedAt = now();
  const tries = options.retry ? options.policy.retries + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const transport = transportErrorIn(error);
      if (transport?.kind === 'foreign-origin') throw foreignOrigin(transport.url, transport.api);
      const status = transport ? undefined : options.statusOf(error);
      if (!isTransient(error, status)) throw error;
      if (attempt >= tries) {
        // One try only: the caller decides what a lone failure means (a write's recovery).
        if (tries === 1) throw error;
        const unreachable = transport
          ? { api: transport.api, reason: transport.reason }
          : undefined;
        throw exhausted(
          options.tracker,
          { ...(status !== undefined ? { status } : {}), ...(unreachable ? { unreachable } : {}) },
          tries,
          startedAt,
          now(),
        );
      }
      const wait = backoffMs(options.policy, attempt);
      const what = transport
        ? `${options.tracker} did not answer (${transport.reason})`
        : `${options.tracker} answered ${statusLine(status!)}`;
      options.onProgress?.({
        kind: 'retry-wait',
        seconds: wait / 1000,
        message: `${what} to ${options.label}: waiting ${formatWait(wait)} before retry ${attempt}/${tries - 1}`,
      });
      await sleep(wait);
    }
  }
}

function formatWait(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10}s` : `${ms}ms`;
}
