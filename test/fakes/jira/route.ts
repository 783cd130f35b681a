/**
 * The route table's shape. A pattern is a path under the API root (`/rest/api/3` or
 * `/rest/api/2`) with `:name` segments; matching is exact, segment by segment.
 */
export { matchRoute } from '../route-table.js';
import type { Body, Reply } from './reply.js';
import type { JiraState } from './state.js';

export interface RouteContext {
  state: JiraState;
  url: URL;
  /** Origin plus the API root, e.g. `http://127.0.0.1:4321/rest/api/3`. */
  api: string;
  params: Record<string, string>;
  /** The parsed JSON body when it is an object; `{}` otherwise. */
  body: Body;
  /** The parsed JSON body as sent, e.g. the bare value of an issue property. */
  raw: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: string;
  /** True for a POST that only reads, such as a search: it does not count as a write. */
  read?: boolean;
  /** Only in one mode; both when absent. */
  mode?: 'cloud' | 'datacenter';
  run(ctx: RouteContext): Reply | Promise<Reply>;
}
