/**
 * The route table's shape and the lookups every repository route starts with. A route
 * pattern is a path with `:name` segments; matching is exact, segment by segment.
 */
import { fail, type Body } from './body.js';
import { notFound, type Reply } from './reply.js';
import type { FakeIssue, FakeRepo, GitHubState } from './state.js';

export interface RouteContext {
  state: GitHubState;
  url: URL;
  /** Origin plus any path prefix, e.g. `http://127.0.0.1:4321` or `https://ghe.local/api/v3`. */
  api: string;
  params: Record<string, string>;
  /** The parsed JSON body; `{}` when there was none. */
  body: Body;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  pattern: string;
  run(ctx: RouteContext): Reply | Promise<Reply>;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matched = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = safeDecode(segment);
        return true;
      }
      return part === segment;
    });
    if (matched) return { route, params };
  }
  return undefined;
}

export function repoOf(ctx: RouteContext): FakeRepo {
  return ctx.state.repo(`${ctx.params.owner}/${ctx.params.repo}`) ?? fail(notFound());
}

export function issueOf(ctx: RouteContext, repo = repoOf(ctx)): FakeIssue {
  const number = Number(ctx.params.number);
  return (Number.isInteger(number) && repo.issues.get(number)) || fail(notFound());
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
