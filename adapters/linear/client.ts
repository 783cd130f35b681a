/**
 * The transport: the hand-written documents of queries.ts, sent through the guarded fetch
 * (Linear's configured origin only, a deadline per request) and answered with @linear/sdk's
 * typed errors. It pages through connections, retries a read after a server error or no
 * answer (a few times, each wait announced), and sits through Linear's rate limit when the
 * wait fits the run (saying so), or stops, rate limited, when it does not.
 */
import { GraphQLClientError, RatelimitedLinearError, parseLinearError } from '@linear/sdk';
import { guardedFetch } from '../transport/guarded-fetch.js';
import { DEFAULT_POLICY, type TransportHooks } from '../transport/policy.js';
import { withRetries } from '../transport/retry.js';
import { rateLimitStop } from '../transport/tracker-failure.js';
import type { Page } from './wire.js';

export interface TransportOptions extends TransportHooks {
  apiKey: string;
  apiUrl: string;
  now?: () => number;
}

export type Variables = Record<string, unknown>;

export interface Transport {
  request<T>(document: string, variables?: Variables): Promise<T>;
  /** Every node of a connection, following `endCursor` while `hasNextPage`. */
  paginate<T, D>(document: string, variables: Variables, pick: (data: D) => Page<T>): Promise<T[]>;
}

/** Rate-limited answers sat through for one request before giving up on it. */
const MAX_RATE_LIMIT_RETRIES = 3;

export function createTransport(options: TransportOptions): Transport {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const log = options.log ?? (() => {});
  const policy = options.policy ?? DEFAULT_POLICY;
  const fetch = guardedFetch({
    api: options.apiUrl,
    timeoutMs: policy.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  /** One POST, answered as @linear/sdk answers it: the data, or its typed error. */
  async function send<T>(query: string, variables: Variables): Promise<T> {
    // Personal keys go in the Authorization header as they are, with no "Bearer".
    const response = await fetch(options.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: options.apiKey },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const result = parseJson(text, response.headers.get('content-type'));
    if (result && response.ok && !result.errors && result.data) return result.data as T;
    throw parseLinearError(
      new GraphQLClientError(
        { ...(result ?? { error: text }), status: response.status, headers: response.headers },
        { query, variables },
      ),
    );
  }

  async function request<T>(document: string, variables: Variables = {}): Promise<T> {
    const operation = operationName(document);
    for (let limited = 0; ; limited++) {
      try {
        log(`linear: ${operation}`);
        // A read that met a server error or no answer is safe to send again; a write is not
        // (it may have happened), so the core's recovery decides about it.
        return await withRetries(() => send<T>(document, variables), {
          tracker: 'Linear',
          label: operation,
          policy,
          retry: !isMutation(document),
          statusOf: (error) => (error as { status?: number }).status,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          sleep,
          now,
        });
      } catch (error) {
        if (!(error instanceof RatelimitedLinearError)) throw error;
        // A rate-limited request was not run, so sending it again is safe, mutations too.
        const waitMs = rateLimitWait(error, now());
        const seconds = Math.ceil(waitMs / 1000);
        if (seconds > options.maxWaitSeconds || limited >= MAX_RATE_LIMIT_RETRIES) {
          throw rateLimitStop(
            'Linear',
            seconds,
            options.maxWaitSeconds,
            'linear.maxWaitSeconds',
            now(),
          );
        }
        options.onProgress?.({
          kind: 'rate-limit-wait',
          seconds,
          message: `Linear rate limit: waiting ${seconds}s before retrying ${operation}`,
        });
        await sleep(waitMs);
      }
    }
  }

  async function paginate<T, D>(
    document: string,
    variables: Variables,
    pick: (data: D) => Page<T>,
  ): Promise<T[]> {
    const all: T[] = [];
    let after = typeof variables.after === 'string' ? variables.after : null;
    for (;;) {
      const page = pick(await request<D>(document, { ...variables, after }));
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
      after = page.pageInfo.endCursor;
    }
  }

  return { request, paginate };
}

/**
 * Milliseconds until Linear takes requests again. Linear reports resets as epoch
 * milliseconds (a value that reads as seconds is taken as seconds); `retry-after` wins when
 * sent. At least one second, so a reset already past still spaces the retry.
 */
export function rateLimitWait(error: RatelimitedLinearError, now: number): number {
  if (error.retryAfter !== undefined && Number.isFinite(error.retryAfter)) {
    return Math.max(1000, error.retryAfter * 1000);
  }
  // The bucket that ran dry decides; when neither says, the request bucket.
  const dry = [
    [error.requestsRemaining, error.requestsResetAt],
    [error.complexityRemaining, error.complexityResetAt],
  ].filter(([remaining, reset]) => remaining === 0 && reset !== undefined);
  const resetAt = dry[0]?.[1] ?? error.requestsResetAt ?? now + 60_000;
  const resetMs = resetAt < 1e12 ? resetAt * 1000 : resetAt;
  return Math.max(1000, resetMs - now);
}

function isMutation(document: string): boolean {
  return /^\s*mutation\b/.test(document);
}

/** The parsed JSON body, or null when the answer was not JSON (an HTML page, a proxy's text). */
function parseJson(text: string, contentType: string | null): Record<string, unknown> | null {
  if (!contentType?.startsWith('application/json')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function operationName(document: string): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'request';
}
