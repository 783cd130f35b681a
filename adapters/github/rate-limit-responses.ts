import type { Octokit } from '@octokit/rest';
import type { ProgressEvent } from '../../src/contract/types.js';

interface Options {
  maxWaitSeconds: number;
  onProgress?: (event: ProgressEvent) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface MaybeResponseError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

const MAX_RETRIES = 3;

/**
 * Honours GitHub's rate-limit answers (a 403 or 429 with `retry-after`, or with no requests
 * remaining until `x-ratelimit-reset`) without pacing every request: waits, says so, and
 * retries; a wait longer than the run may sit through is left to fail as rate limited.
 * Used when proactive pacing is off, where the throttling plugin's limiters would otherwise
 * add their scheduling to every request.
 */
export function rateLimitResponses(options: Options) {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, params) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(params);
        } catch (error) {
          const wait = waitSeconds(error as MaybeResponseError, now());
          if (wait === null || attempt >= MAX_RETRIES || wait > options.maxWaitSeconds) throw error;
          const secondary = /secondary rate limit/i.test((error as Error).message ?? '');
          options.onProgress?.({
            kind: 'rate-limit-wait',
            seconds: wait,
            message: `GitHub ${secondary ? 'secondary' : 'primary'} rate limit: waiting ${wait}s before retrying ${String(params.method)} ${String(params.url)}`,
          });
          await sleep(wait * 1000);
        }
      }
    });
  };
}

/** Seconds to wait before a rate-limited request may be sent again, or null if it was not one. */
export function waitSeconds(error: MaybeResponseError, nowMs: number): number | null {
  if (error.status !== 403 && error.status !== 429) return null;
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) return retryAfter;
  if (headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
    return Math.max(0, Math.ceil(Number(headers['x-ratelimit-reset']) - nowMs / 1000));
  }
  // A secondary limit without retry-after: GitHub asks for at least a minute.
  if (/secondary rate limit/i.test(error.message ?? '')) return 60;
  return null;
}
