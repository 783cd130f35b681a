import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { rateLimitResponses } from './rate-limit-responses.js';
import type { ProgressEvent } from '../../src/contract/types.js';

/** The plugins add behaviour, not methods the adapter calls: plain Octokit is the type to use. */
export type GitHubClient = Octokit;

const ThrottledOctokit = Octokit.plugin(throttling, retry);
const RetryingOctokit = Octokit.plugin(retry);

export interface ClientOptions {
  baseUrl: string;
  token: string;
  /** Octokit's proactive pacing of writes (GitHub asks for it); off for fakes and proxies. */
  throttle: boolean;
  /** Longest rate-limit wait to sit through before giving up and leaving the rest for later. */
  maxWaitSeconds: number;
  onProgress?: (event: ProgressEvent) => void;
  log?: (message: string) => void;
  fetch?: typeof globalThis.fetch;
}

/**
 * Octokit with throttling and retry. Rate-limit *responses* are always honoured
 * (`retry-after`, reset) and each wait is announced; `throttle: false` only removes the
 * proactive spacing of writes.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const announce = (kind: string, seconds: number, request: { method: string; url: string }) => {
    options.onProgress?.({
      kind: 'rate-limit-wait',
      seconds,
      message: `GitHub ${kind} rate limit: waiting ${seconds}s before retrying ${request.method} ${request.url}`,
    });
  };
  // Sit through a wait (and say so) unless it is longer than the run may wait, or retried enough.
  const waitOrStop =
    (kind: string, maxRetries: number) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      if (retryAfter > options.maxWaitSeconds || retryCount >= maxRetries) return false;
      announce(kind, retryAfter, request);
      return true;
    };
  const log = options.log ?? (() => {});
  const common = {
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'plansync',
    request: options.fetch ? { fetch: options.fetch } : {},
    log: { debug: log, info: log, warn: log, error: log },
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
  };
  if (!options.throttle) {
    // No proactive pacing: no limiter in front of every request; rate-limit answers are
    // still honoured, by a small hook.
    const client = new RetryingOctokit(common) as GitHubClient;
    rateLimitResponses({
      maxWaitSeconds: options.maxWaitSeconds,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })(client);
    return client;
  }
  return new ThrottledOctokit({
    ...common,
    // The throttling plugin handles 429s itself.
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      onRateLimit: waitOrStop('primary', 2),
      onSecondaryRateLimit: waitOrStop('secondary', 3),
    },
  }) as GitHubClient;
}
