/**
 * One Fetch-API request handler that behaves like GitHub's REST API, shared by the msw
 * mount and the real HTTP server. It checks auth, spends the rate limit, injects faults,
 * and records every request so tests and the benchmark can count reads and writes.
 * Free of test-runner imports so scripts can load it too.
 */
import { ReplyError, type Body } from './body.js';
import { answerFault, dropsAfterCommit } from '../fault-queue.js';
import { createFaults, type FaultKind } from './faults.js';
import { createRateLimit, type RateLimitOptions } from './rate-limit.js';
import { badJson, DOCS, json, notFound, type Reply } from './reply.js';
import { matchRoute, type Route } from './route.js';
import { commentRoutes } from './routes/comments.js';
import { pullRoutes } from './routes/pulls.js';
import { issueRoutes } from './routes/issues.js';
import { labelRoutes } from './routes/labels.js';
import { metaRoutes } from './routes/meta.js';
import { milestoneRoutes } from './routes/milestones.js';
import { relationRoutes } from './routes/relations.js';
import { createGitHubState, type GitHubStateOptions } from './state.js';
import { requestCounts } from '../request-counts.js';

export interface GitHubFakeOptions extends GitHubStateOptions {
  /** Tokens the fake accepts. Default `['test-token']`. */
  tokens?: string[];
  rateLimit?: RateLimitOptions;
  /** Path the API lives under, as on Enterprise Server (`/api/v3`). Default none. */
  pathPrefix?: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the prefix and query, e.g. `/repos/acme/app/issues`. */
  path: string;
  query: Record<string, string>;
  /** Status sent, or that would have been sent when the connection was dropped. */
  status: number;
  /** Anything but GET: the requests that change state or count as content creation. */
  write: boolean;
  /** True when the client got no response at all. */
  dropped: boolean;
  fault?: FaultKind;
}

export type GitHubFake = ReturnType<typeof createGitHubFake>;

export const DEFAULT_TOKEN = 'test-token';

const ROUTES: Route[] = [
  ...metaRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...milestoneRoutes,
  ...commentRoutes,
  ...pullRoutes,
  ...relationRoutes,
];

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

export function createGitHubFake(options: GitHubFakeOptions = {}) {
  const state = createGitHubState(options);
  const faults = createFaults();
  const limits = createRateLimit(state.now, options.rateLimit);
  const tokens = new Set(options.tokens ?? [DEFAULT_TOKEN]);
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  const requests: RecordedRequest[] = [];

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = stripPrefix(url.pathname, prefix);
    const index = requests.length;
    const entry: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      write: method !== 'GET' && method !== 'HEAD',
      dropped: false,
    };
    requests.push(entry);
    const send = (reply: Reply, extra: Record<string, string> = {}): Response => {
      entry.status = reply.status;
      const requestId = `${index.toString(16).toUpperCase().padStart(4, '0')}:5EED`;
      return toResponse(reply, {
        ...limits.headers(),
        'x-github-request-id': requestId,
        ...extra,
      });
    };

    const fault = faults.take(method, path, index);
    if (fault) entry.fault = fault.kind;
    const early = await answerFault(fault, {
      status: (status, body, headers) => send(json(status, body), headers),
      defaultBody: (status) => ({ message: statusText(status), documentation_url: DOCS }),
      dropped: () => (entry.dropped = true),
    });
    if (early) {
      entry.status = early.status;
      return early;
    }
    if (fault?.kind === 'secondary-rate-limit') {
      return send(secondaryLimit(), {
        'retry-after': String(fault.retryAfter ?? 60),
      });
    }

    if (!tokens.has(tokenOf(request) ?? '')) {
      return send(
        json(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' }),
      );
    }
    const authed = { 'x-oauth-scopes': 'repo', 'x-accepted-oauth-scopes': '' };
    if (method === 'GET' && path === '/rate_limit') {
      // Asking for the rate limit does not spend it.
      return send(json(200, rateLimitBody(limits.snapshot())), authed);
    }
    if (limits.exhausted()) {
      return send(
        json(403, {
          message: `API rate limit exceeded for user ID ${state.user.id}.`,
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          status: '403',
        }),
        authed,
      );
    }
    const wait = entry.write ? limits.secondaryWait() : undefined;
    if (wait !== undefined) {
      return send(secondaryLimit(), { ...authed, 'retry-after': String(wait) });
    }

    const reply = await route(request, url, method, path);
    const etag = reply.status === 200 && method === 'GET' ? etagOf(reply.body) : undefined;
    if (etag && request.headers.get('if-none-match') === etag) {
      // A conditional request that hits is free, as on GitHub.
      return send({ status: 304 }, { ...authed, etag });
    }
    limits.spend();
    const link: Record<string, string> =
      fault?.kind === 'link' ? { link: `<${fault.next}>; rel="next"` } : {};
    const response = send(reply, { ...authed, ...(etag ? { etag } : {}), ...link });
    if (dropsAfterCommit(fault)) {
      entry.dropped = true;
      return Response.error();
    }
    return response;
  }

  async function route(request: Request, url: URL, method: string, path: string): Promise<Reply> {
    const found = matchRoute(ROUTES, method, path);
    if (!found) return notFound();
    let body: Body = {};
    const text = await request.text();
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text) as Body;
      } catch {
        return badJson();
      }
    }
    try {
      return await found.route.run({
        state,
        url,
        api: url.origin + prefix,
        params: found.params,
        body: body ?? {},
      });
    } catch (error) {
      if (error instanceof ReplyError) return error.reply;
      throw error;
    }
  }

  return {
    state,
    handle,
    requests,
    faults,
    limits,
    /** Reads and writes so far, the numbers a benchmark reports. */
    counts: () => requestCounts(requests),
    /** Back to the state the fake was created in: seeded repos only, no requests, no faults. */
    reset(): void {
      state.reset();
      faults.clear();
      limits.reset();
      requests.length = 0;
    },
  };
}

function tokenOf(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  return /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())?.[1];
}

function stripPrefix(pathname: string, prefix: string): string {
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
  return path.length > 1 ? path.replace(/\/+$/, '') : path || '/';
}

/** The body of a secondary-limit 403; the wait goes in the `retry-after` header. */
function secondaryLimit(): Reply {
  return json(403, {
    message: SECONDARY_MESSAGE,
    documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
    status: '403',
  });
}

function rateLimitBody(core: { limit: number; used: number; remaining: number; reset: number }) {
  const other = (limit: number) => ({ limit, used: 0, remaining: limit, reset: core.reset });
  return {
    resources: { core, search: other(30), graphql: other(5000), code_search: other(10) },
    rate: core,
  };
}

function toResponse(reply: Reply, headers: Record<string, string>): Response {
  const all = new Headers({ ...headers, ...reply.headers });
  all.set('x-github-api-version-selected', '2022-11-28');
  if (reply.body === undefined || reply.status === 204 || reply.status === 304) {
    return new Response(null, { status: reply.status, headers: all });
  }
  all.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers: all });
}

function etagOf(body: unknown): string {
  // FNV-1a: stable, fast and dependency-free; GitHub's ETags are opaque too.
  const text = JSON.stringify(body);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `W/"${hash.toString(16).padStart(8, '0')}${text.length.toString(16)}"`;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return texts[status] ?? `Error ${status}`;
}
