/**
 * The route table's shape and the lookups every repository route starts with. A route
 * pattern is a path with `:name` segments; matching is exact, segment by segment.
 */
export { matchRoute } from '../route-table.js';
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

export function repoOf(ctx: RouteContext): FakeRepo {
  return ctx.state.repo(`${ctx.params.owner}/${ctx.params.repo}`) ?? fail(notFound());
}

export function issueOf(ctx: RouteContext, repo = repoOf(ctx)): FakeIssue {
  const number = Number(ctx.params.number);
  return (Number.isInteger(number) && repo.issues.get(number)) || fail(notFound());
}
