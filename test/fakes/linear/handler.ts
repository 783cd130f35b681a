/**
 * One Fetch-API request handler that behaves like Linear's GraphQL endpoint, shared by the
 * msw mount and the real HTTP server. It injects faults, checks the API key, spends the
 * leaky buckets, validates and runs the document, and records every request so tests and
 * the benchmark can count reads and writes. Free of test-runner imports so scripts can
 * load it too.
 */
import type { ListOrder } from './connection.js';
import { authenticationError, ratelimitedError, type LinearErrorJson } from './errors.js';
import { isAnswer, prepare, run, type Answer } from './execute.js';
import { answerFault, dropsAfterCommit } from '../fault-queue.js';
import { createFaults, type LinearFaultKind } from './faults.js';
import { createRateLimit, type RateLimitOptions } from './rate-limit.js';
import { createResolvers } from './resolvers.js';
import { createLinearState } from './state.js';
import type { LinearStateOptions } from './model.js';
import { createViews } from './views.js';
import { requestCounts } from '../request-counts.js';

export interface LinearFakeOptions extends LinearStateOptions {
  /** Personal API keys the fake accepts, sent as the whole `Authorization` header. */
  apiKeys?: string[];
  rateLimit?: RateLimitOptions;
  /** Which end of a listing comes first. Default newest first. */
  listOrder?: ListOrder;
}

export interface LinearRequest {
  /** The operation's name, else its first root field. */
  operation: string;
  rootFields: string[];
  /** A mutation. */
  write: boolean;
  variables: Record<string, unknown>;
  /** Status sent, or that would have been sent when the connection was dropped. */
  status: number;
  /** True when the client got no response at all. */
  dropped: boolean;
  complexity?: number;
  fault?: LinearFaultKind;
}

export type LinearFake = ReturnType<typeof createLinearFake>;

/** A test key that cannot be mistaken for a real one. */
export const DEFAULT_API_KEY = 'test-linear-key';

export function createLinearFake(options: LinearFakeOptions = {}) {
  const state = createLinearState(options);
  let listOrder: ListOrder = options.listOrder ?? 'newest-first';
  const views = createViews(state, () => listOrder);
  const roots = createResolvers(state, views);
  const faults = createFaults();
  const limits = createRateLimit(state.now, options.rateLimit);
  const apiKeys = new Set(options.apiKeys ?? [DEFAULT_API_KEY]);
  const requests: LinearRequest[] = [];
  /** Fields and arguments a client asked for that the fake does not model. */
  const unmodelled: string[] = [];

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.replace(/\/+$/, '').endsWith('/graphql')) {
      return new Response('Not Found', { status: 404 });
    }
    if (request.method.toUpperCase() !== 'POST') {
      return new Response('Method Not Allowed', { status: 405, headers: { allow: 'POST' } });
    }
    const prepared = prepare(await request.text());
    const index = requests.length;
    const entry: LinearRequest = isAnswer(prepared)
      ? {
          operation: 'invalid',
          rootFields: [],
          write: false,
          variables: {},
          status: 0,
          dropped: false,
        }
      : {
          operation: prepared.label,
          rootFields: prepared.rootFields,
          write: prepared.write,
          variables: prepared.variables,
          status: 0,
          dropped: false,
          complexity: prepared.complexity,
        };
    requests.push(entry);
    const send = (answer: Answer, headers: Record<string, string> = {}): Response => {
      entry.status = answer.status;
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      });
    };

    const fault = faults.take(entry, index);
    if (fault) entry.fault = fault.kind;
    const early = await answerFault(fault, {
      status: (status, body, headers) => send({ status, body: body as Answer['body'] }, headers),
      defaultBody: (status) => ({ errors: [serverError(status)] }),
      dropped: () => (entry.dropped = true),
    });
    if (early) {
      entry.status = early.status;
      return early;
    }
    if (fault?.kind === 'ratelimited') {
      const headers = limits.headers();
      headers['x-ratelimit-requests-remaining'] = '0';
      headers['x-ratelimit-requests-reset'] = String(state.now() + (fault.resetMs ?? 1000));
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      return send({ status: 400, body: { errors: [ratelimitedError()] } }, headers);
    }

    // Personal keys travel as the whole header; `Bearer <key>` is how OAuth tokens travel.
    if (!apiKeys.has(request.headers.get('authorization') ?? '')) {
      return send({ status: 400, body: { errors: [authenticationError()] } });
    }
    if (!limits.admit()) {
      return send({ status: 400, body: { errors: [ratelimitedError()] } }, limits.headers());
    }
    if (isAnswer(prepared)) {
      unmodelled.push(...(prepared.notModelled ?? []));
      return send(prepared, limits.headers());
    }

    const answer = await run(prepared, roots, (message) => unmodelled.push(message));
    limits.spendComplexity(prepared.complexity);
    const response = send(answer, limits.headers(prepared.complexity));
    if (dropsAfterCommit(fault)) {
      entry.dropped = true;
      return Response.error();
    }
    return response;
  }

  return {
    state,
    handle,
    requests,
    faults,
    limits,
    unmodelled,
    /** Changes which end of every listing comes first, from the next request on. */
    setListOrder(order: ListOrder): void {
      listOrder = order;
    },
    /** Reads and writes so far, the numbers a benchmark reports. */
    counts: () => requestCounts(requests),
    /** Back to the state the fake was created in: seeded teams only, no requests, no faults. */
    reset(): void {
      state.reset();
      faults.clear();
      limits.reset();
      requests.length = 0;
      unmodelled.length = 0;
      listOrder = options.listOrder ?? 'newest-first';
    },
  };
}

function serverError(status: number): LinearErrorJson {
  return {
    message: status === 503 ? 'Service Unavailable' : `Server error ${status}`,
    extensions: { type: 'internal error', code: 'INTERNAL_SERVER_ERROR', userError: false },
  };
}
