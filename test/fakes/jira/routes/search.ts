/**
 * JQL search, each mode with its own paging. Cloud: `search/jql` with `nextPageToken` and
 * `reconcileIssues` (ids read consistently), while the old `search` answers 410. Data Center:
 * `search` with `startAt` and `total`. Both read the lagging index, never the issues as
 * they are now, except for reconciled ids.
 */
import { JqlError, parseJql } from '../jql.js';
import { listParam, renderIssue } from '../render.js';
import { badRequest, json, type Body, type Reply } from '../reply.js';
import type { Route, RouteContext } from '../route.js';
import { runJql, type Candidate } from '../run-jql.js';

const REMOVED =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. ' +
  'A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

const gone = (): Reply => json(410, { errorMessages: [REMOVED], errors: {} });

export const searchRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/search/jql',
    mode: 'cloud',
    read: true,
    run: (c) => enhanced(c, query(c)),
  },
  {
    method: 'POST',
    pattern: '/search/jql',
    mode: 'cloud',
    read: true,
    run: (c) => enhanced(c, c.body),
  },
  { method: 'GET', pattern: '/search', mode: 'cloud', read: true, run: gone },
  { method: 'POST', pattern: '/search', mode: 'cloud', read: true, run: gone },
  {
    method: 'GET',
    pattern: '/search',
    mode: 'datacenter',
    read: true,
    run: (c) => paged(c, query(c)),
  },
  {
    method: 'POST',
    pattern: '/search',
    mode: 'datacenter',
    read: true,
    run: (c) => paged(c, c.body),
  },
];

function query(ctx: RouteContext): Body {
  const q = ctx.url.searchParams;
  const out: Body = {};
  for (const name of ['jql', 'fields', 'properties', 'nextPageToken', 'reconcileIssues']) {
    const value = q.get(name);
    if (value !== null) out[name] = value;
  }
  for (const name of ['maxResults', 'startAt']) {
    const value = q.get(name);
    if (value !== null) out[name] = Number(value);
  }
  return out;
}

function search(ctx: RouteContext, params: Body, reconcile: Set<string>): Candidate[] | Reply {
  const jql = typeof params.jql === 'string' ? params.jql : '';
  try {
    const parsed = parseJql(jql);
    const candidates = ctx.state.issues().flatMap((issue) => {
      const view = ctx.state.indexedView(issue, reconcile.has(String(issue.id)));
      return view ? [{ issue, view }] : [];
    });
    if (ctx.state.mode === 'cloud' && parsed.clauses.length === 0) {
      return badRequest([
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      ]);
    }
    return runJql(ctx.state, parsed, candidates);
  } catch (error) {
    if (error instanceof JqlError) return badRequest([error.message]);
    throw error;
  }
}

function enhanced(ctx: RouteContext, params: Body): Reply {
  const reconcile = new Set(listParam(params.reconcileIssues) ?? []);
  if (reconcile.size > 50) {
    return badRequest(['The maximum number of issues that can be reconciled is 50.']);
  }
  const found = search(ctx, params, reconcile);
  if (!Array.isArray(found)) return found;
  const fields = listParam(params.fields) ?? ['id'];
  const properties = listParam(params.properties) ?? [];
  if (properties.length > 5) return badRequest(['The maximum number of properties is 5.']);
  // Fewer issues fit a page when fields are asked for, as on Jira Cloud.
  const idsOnly = fields.every((f) => f === 'id' || f === 'key');
  const cap = idsOnly ? 5000 : 100;
  const size = clamp(typeof params.maxResults === 'number' ? params.maxResults : 50, 1, cap);
  const offset = decodeToken(params.nextPageToken);
  if (offset === undefined)
    return badRequest(['The provided next page token is invalid or expired.']);
  const page = found.slice(offset, offset + size);
  const isLast = offset + size >= found.length;
  return json(200, {
    issues: page.map(({ issue, view }) =>
      renderIssue(ctx.state, ctx.api, issue, { fields, properties }, view),
    ),
    ...(isLast ? {} : { nextPageToken: encodeToken(offset + size) }),
    isLast,
  });
}

function paged(ctx: RouteContext, params: Body): Reply {
  const found = search(ctx, params, new Set());
  if (!Array.isArray(found)) return found;
  const startAt = Math.max(typeof params.startAt === 'number' ? params.startAt : 0, 0);
  const maxResults = clamp(typeof params.maxResults === 'number' ? params.maxResults : 50, 0, 1000);
  const fields = listParam(params.fields) ?? ['*navigable'];
  const properties = listParam(params.properties) ?? [];
  return json(200, {
    expand: 'schema,names',
    startAt,
    maxResults,
    total: found.length,
    issues: found
      .slice(startAt, startAt + maxResults)
      .map(({ issue, view }) =>
        renderIssue(ctx.state, ctx.api, issue, { fields, properties }, view),
      ),
  });
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeToken(token: unknown): number | undefined {
  if (token === undefined || token === null || token === '') return 0;
  try {
    const parsed = JSON.parse(Buffer.from(String(token), 'base64url').toString()) as {
      o?: unknown;
    };
    return typeof parsed.o === 'number' ? parsed.o : undefined;
  } catch {
    return undefined;
  }
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(Math.trunc(n), min), max);
}
