/**
 * Pull requests, as far as plansync's commit-back needs them: list the open ones by head
 * branch, and open one. They share the issue numbering and list, as on GitHub.
 */
import { stringField } from '../body.js';
import { json, validationFailed } from '../reply.js';
import { repoOf, type Route, type RouteContext } from '../route.js';
import type { FakeIssue } from '../state.js';

const WEB = 'https://github.com';

function renderPull(ctx: RouteContext, pr: FakeIssue) {
  const owner = pr.repo.split('/')[0]!;
  return {
    id: pr.id,
    node_id: pr.node_id,
    number: pr.number,
    url: `${ctx.api}/repos/${pr.repo}/pulls/${pr.number}`,
    html_url: `${WEB}/${pr.repo}/pull/${pr.number}`,
    state: pr.state,
    title: pr.title,
    body: pr.body,
    head: { ref: pr.pull_request?.head ?? '', label: `${owner}:${pr.pull_request?.head ?? ''}` },
    base: { ref: pr.pull_request?.base ?? '', label: `${owner}:${pr.pull_request?.base ?? ''}` },
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    merged_at: pr.pull_request?.merged_at ?? null,
  };
}

export const pullRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const state = ctx.url.searchParams.get('state') ?? 'open';
      const head = ctx.url.searchParams.get('head');
      const base = ctx.url.searchParams.get('base');
      const owner = repo.fullName.split('/')[0]!;
      const pulls = [...repo.issues.values()].filter(
        (issue) =>
          issue.pull_request &&
          (state === 'all' || issue.state === state) &&
          (!head || `${owner}:${issue.pull_request.head}` === head) &&
          (!base || issue.pull_request.base === base),
      );
      return json(
        200,
        pulls.map((pr) => renderPull(ctx, pr)),
      );
    },
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/pulls',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const title = stringField(ctx.body, 'title');
      const head = stringField(ctx.body, 'head');
      const base = stringField(ctx.body, 'base');
      if (!title || !head || !base) {
        return validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'head' });
      }
      const body = stringField(ctx.body, 'body');
      const pr = ctx.state.seedPullRequest(repo.fullName, { title, ...(body ? { body } : {}) });
      pr.pull_request = { merged_at: null, head: head.replace(/^[^:]+:/, ''), base };
      return json(201, renderPull(ctx, pr));
    },
  },
];
