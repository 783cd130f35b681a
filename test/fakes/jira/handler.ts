/**
 * One Fetch-API request handler that behaves like Jira's REST API, Cloud (v3) or Data
 * Center (v2), shared by the msw mount and the real HTTP server. It checks auth, injects
 * faults, and records every request so tests and the benchmark can count reads and writes.
 * Free of test-runner imports so scripts can load it too.
 */
import { answerFault, dropsAfterCommit } from '../fault-queue.js';
import { createJiraFaults, type JiraFaultKind } from './faults.js';
import { isObject, jiraError, json, ReplyError, type Body, type Reply } from './reply.js';
import { matchRoute, type Route } from './route.js';
import { commentRoutes } from './routes/comments.js';
import { issueRoutes } from './routes/issues.js';
import { linkRoutes } from './routes/links.js';
import { metaRoutes } from './routes/meta.js';
import { propertyRoutes } from './routes/properties.js';
import { searchRoutes } from './routes/search.js';
import { transitionRoutes } from './routes/transitions.js';
import { createJiraState, type JiraStateOptions } from './state.js';
import { requestCounts } from '../request-counts.js';

export interface JiraCredentials {
  /** Cloud: Basic auth with an account's email and API token. */
  email: string;
  apiToken: string;
  /** Data Center: a personal access token sent as Bearer. */
  pat: string;
}

export const DEFAULT_CREDENTIALS: JiraCredentials = {
  email: 'plansync@example.test',
  apiToken: 'test-jira-token',
  pat: 'test-jira-pat',
};

export interface JiraFakeOptions extends JiraStateOptions {
  credentials?: Partial<JiraCredentials>;
}

export interface RecordedRequest {
  method: string;
  /** Full path without the query, e.g. `/rest/api/3/search/jql`. */
  path: string;
  query: Record<string, string>;
  /** Status sent, or that would have been sent when the connection was dropped. */
  status: number;
  /** True for requests that change state; a search sent as POST is a read. */
  write: boolean;
  /** True when the client got no response at all. */
  dropped: boolean;
  fault?: JiraFaultKind;
}

export type JiraFake = ReturnType<typeof createJiraFake>;

const ROUTES: Route[] = [
  ...metaRoutes,
  ...searchRoutes,
  ...issueRoutes,
  ...propertyRoutes,
  ...transitionRoutes,
  ...commentRoutes,
  ...linkRoutes,
];

export function createJiraFake(options: JiraFakeOptions = {}) {
  const state = createJiraState(options);
  const faults = createJiraFaults();
  const credentials = { ...DEFAULT_CREDENTIALS, ...options.credentials };
  const root = state.mode === 'cloud' ? '/rest/api/3' : '/rest/api/2';
  const routes = ROUTES.filter((r) => !r.mode || r.mode === state.mode);
  const requests: RecordedRequest[] = [];

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const sub = path.startsWith(`${root}/`) ? path.slice(root.length) : undefined;
    const found = sub === undefined ? undefined : matchRoute(routes, method, sub);
    const entry: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      write: method !== 'GET' && method !== 'HEAD' && !found?.route.read,
      dropped: false,
    };
    const index = requests.push(entry) - 1;
    const send = (reply: Reply): Response => {
      entry.status = reply.status;
      return toResponse(reply);
    };

    const fault = faults.take(method, path, index);
    if (fault) entry.fault = fault.kind;
    const early = await answerFault(fault, {
      status: (status, body, headers) => send({ ...json(status, body), headers }),
      defaultBody: (status) => ({ errorMessages: [statusText(status)], errors: {} }),
      dropped: () => (entry.dropped = true),
    });
    if (early) {
      entry.status = early.status;
      return early;
    }
    if (fault?.kind === 'rate-limit') {
      const reply = jiraError(429, ['Rate limit exceeded.']);
      return send({ ...reply, headers: { 'retry-after': String(fault.retryAfter ?? 5) } });
    }

    if (!authorised(request)) {
      const reply = jiraError(401, ['Client must be authenticated to access this resource.']);
      return send({
        ...reply,
        headers:
          state.mode === 'cloud'
            ? { 'www-authenticate': 'Basic realm="protected-area"' }
            : {
                'www-authenticate': 'OAuth realm="Jira"',
                'x-seraph-loginreason': 'AUTHENTICATED_FAILED',
              },
      });
    }
    if (!found) return send(jiraError(404, ['null for uri: ' + url.toString()]));

    const reply = await run(found.route, found.params, request, url);
    const response = send(reply);
    if (dropsAfterCommit(fault)) {
      entry.dropped = true;
      return Response.error();
    }
    return response;
  }

  function authorised(request: Request): boolean {
    const header = (request.headers.get('authorization') ?? '').trim();
    if (state.mode === 'datacenter') return header === `Bearer ${credentials.pat}`;
    const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
    if (!basic) return false;
    return (
      Buffer.from(basic, 'base64').toString() === `${credentials.email}:${credentials.apiToken}`
    );
  }

  async function run(
    route: Route,
    params: Record<string, string>,
    request: Request,
    url: URL,
  ): Promise<Reply> {
    let raw: unknown = undefined;
    const text = await request.text();
    try {
      if (text.trim() !== '') raw = JSON.parse(text);
    } catch {
      return jiraError(400, ['Unexpected character in the JSON body: it could not be parsed.']);
    }
    try {
      const body: Body = isObject(raw) ? raw : {};
      return await route.run({ state, url, api: url.origin + root, params, body, raw });
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
    /** `/rest/api/3` on Cloud, `/rest/api/2` on Data Center. */
    root,
    credentials,
    /** Reads and writes so far, the numbers a benchmark reports. */
    counts: () => requestCounts(requests),
    /** Back to the state the fake was created in: seeded projects only, no requests, no faults. */
    reset(): void {
      state.reset();
      faults.clear();
      requests.length = 0;
    },
  };
}

function toResponse(reply: Reply): Response {
  const headers = new Headers(reply.headers);
  if (reply.body === undefined || reply.status === 204) {
    return new Response(null, { status: reply.status, headers });
  }
  headers.set('content-type', 'application/json;charset=UTF-8');
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers });
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    500: 'Internal server error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return texts[status] ?? `Error ${status}`;
}
