import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { rateLimitResponses } from './rate-limit-responses.js';
import { guardedFetch } from '../transport/guarded-fetch.js';
import { DEFAULT_POLICY, type TransportHooks } from '../transport/policy.js';
import { withRetries } from '../transport/retry.js';

/** The plugins add behaviour, not methods the adapter calls: plain Octokit is the type to use. */
export type GitHubClient = Octokit;

const ThrottledOctokit = Octokit.plugin(throttling);

export interface ClientOptions extends TransportHooks {
  baseUrl: string;
  token: string;
  /** Octokit's proactive pacing of writes (GitHub asks for it); off for fakes and proxies. */
  throttle: boolean;
}

/**
 * Octokit with throttling and bounded retries. Every request goes through the guarded fetch
 * (the configured origin only, a deadline each). Rate-limit *responses* are always honoured
 * (`retry-after`, reset) and each wait is announced; `throttle: false` only removes the
 * proactive spacing of writes. Server errors and silence are retried a few times, each wait
 * announced, then end in one line; a request sent with `request.retries: 0` is tried once.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const policy = options.policy ?? DEFAULT_POLICY;
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
    request: {
      fetch: guardedFetch({
        api: options.baseUrl,
        timeoutMs: policy.timeoutMs,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    },
    log: { debug: log, info: log, warn: log, error: log },
  };
  let client: GitHubClient;
  if (!options.throttle) {
    // No proactive pacing: no limiter in front of every request; rate-limit answers are
    // still honoured, by a small hook.
    client = new Octokit(common);
    rateLimitResponses({
      maxWaitSeconds: options.maxWaitSeconds,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })(client);
  } else {
    client = new ThrottledOctokit({
      ...common,
      throttle: {
        onRateLimit: waitOrStop('primary', 2),
        onSecondaryRateLimit: waitOrStop('secondary', 3),
      },
    }) as GitHubClient;
  }
  client.hook.wrap('request', (request, params) =>
    withRetries(async () => request(params), {
      tracker: 'GitHub',
      label: `${String(params.method)} ${pathOf(String(params.url))}`,
      policy,
      retry: (params.request as { retries?: number } | undefined)?.retries !== 0,
      statusOf: (error) => (error as { status?: number }).status,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    }),
  );
  return client;
}

/** The path of a request's URL, without origin or query, for a line on screen. */
function pathOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
}
