/**
 * The transport: @linear/sdk's client for authentication and typed errors, sending the
 * hand-written documents of queries.ts through its raw request. It pages through
 * connections, and sits through Linear's rate limit when the wait fits the run (saying so
 * through the progress callback), or stops with a RateLimitStop when it does not.
 */
import { LinearClient, LinearError, RatelimitedLinearError } from '@linear/sdk';
import type { Page } from './wire.js';

export interface TransportOptions {
  apiKey: string;
  apiUrl: string;
  /** Longest rate-limit wait to sit through before stopping and leaving the rest for later. */
  maxWaitSeconds: number;
  onProgress?: (event: { kind: 'rate-limit-wait'; seconds: number; message: string }) => void;
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export type Variables = Record<string, unknown>;

export interface Transport {
  request<T>(document: string, variables?: Variables): Promise<T>;
  /** Every node of a connection, following `endCursor` while `hasNextPage`. */
  paginate<T, D>(document: string, variables: Variables, pick: (data: D) => Page<T>): Promise<T[]>;
}

/** A rate-limit wait longer than the run may wait: the rest is left for the next run. */
export class RateLimitStop extends Error {
  constructor(readonly seconds: number) {
    super(
      `Linear's rate limit asks for a wait of ${seconds}s, longer than linear.maxWaitSeconds allows; the rest is left for the next run`,
    );
    this.name = 'RateLimitStop';
  }
}

/** Rate-limited answers sat through for one request before giving up on it. */
const MAX_RATE_LIMIT_RETRIES = 3;
/** Server errors and dropped connections a read is sent again after. */
const MAX_READ_RETRIES = 2;

export function createTransport(options: TransportOptions): Transport {
  // Personal keys go in the Authorization header as they are; the SDK adds no "Bearer".
  const linear = new LinearClient({ apiKey: options.apiKey, apiUrl: options.apiUrl });
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const log = options.log ?? (() => {});

  async function request<T>(document: string, variables: Variables = {}): Promise<T> {
    const operation = operationName(document);
    for (let attempt = 0; ; attempt++) {
      try {
        log(`linear: ${operation}`);
        const response = await linear.client.rawRequest<T, Variables>(document, variables);
        return response.data as T;
      } catch (error) {
        if (!(error instanceof RatelimitedLinearError)) {
          // A read that met a server error or a dropped connection is safe to send again; a
          // write is not (it may have happened), so the core's recovery decides about it.
          if (isMutation(document) || !isTransient(error) || attempt >= MAX_READ_RETRIES)
            throw error;
          log(`linear: ${operation} failed (${(error as Error).message.split('\n')[0]}), retrying`);
          await sleep(500 * 2 ** attempt);
          continue;
        }
        // A rate-limited request was not run, so sending it again is safe, mutations too.
        const waitMs = rateLimitWait(error, now());
        const seconds = Math.ceil(waitMs / 1000);
        if (seconds > options.maxWaitSeconds || attempt >= MAX_RATE_LIMIT_RETRIES) {
          throw new RateLimitStop(seconds);
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

/** A 5xx, or no answer at all (fetch failed before Linear could say anything). */
function isTransient(error: unknown): boolean {
  if (error instanceof LinearError) return error.status === undefined || error.status >= 500;
  return error instanceof TypeError;
}

function operationName(document: string): string {
  return /(?:query|mutation)\s+(\w+)/.exec(document)?.[1] ?? 'request';
}
