/**
 * Pull requests, as far as plansync's commit-back needs them: list them (by state, head and
 * base branch), and open one. They share the issue numbering and list, as on GitHub.
 */
import { booleanField, fail, integerField, stringField } from '../body.js';
import { paginate } from '../paginate.js';
import { branchesOf, renderPull, renderPullSimple } from '../render-pull.js';
import { json, validationFailed, type FieldError, type Reply } from '../reply.js';
import { repoOf, type Route, type RouteContext } from '../route.js';
import type { FakeIssue } from '../state.js';

export const pullRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/pulls', run: listPulls },
  { method: 'POST', pattern: '/repos/:owner/:repo/pulls', run: createPull },
];

function listPulls(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const q = ctx.url.searchParams;
  const state = queryEnum(q.get('state'), ['open', 'closed', 'all'], 'state') ?? 'open';
  const sort =
    queryEnum(q.get('sort'), ['created', 'updated', 'popularity', 'long-running'], 'sort') ??
    'created';
  const direction =
    queryEnum(q.get('direction'), ['asc', 'desc'], 'direction') ??
    (sort === 'created' ? 'desc' : 'asc');
  const head = q.get('head');
  const base = q.get('base');
  const pulls = [...repo.issues.values()].filter((pr) => {
    if (!pr.pull_request || (state !== 'all' && pr.state !== state)) return false;
    const branches = branchesOf(pr);
    if (head && !sameHead(head, repo.owner, branches.head)) return false;
    return !base || branches.base === base;
  });
  const key = (pr: FakeIssue): number =>
    sort === 'updated'
      ? Date.parse(pr.updated_at)
      : sort === 'popularity'
        ? ctx.state.comments(pr).length
        : Date.parse(pr.created_at);
  const sign = direction === 'asc' ? 1 : -1;
  pulls.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
  const page = paginate(pulls, ctx.url);
  return json(
    200,
    page.items.map((pr) => renderPullSimple(ctx.state, pr, ctx.api)),
    page.headers,
  );
}

/**
 * `head` filters by `owner:branch`: the login matches in any case, the branch exactly. A
 * bare branch name is silently ignored by GitHub, which then lists every pull request.
 */
function sameHead(filter: string, owner: string, branch: string): boolean {
  const colon = filter.indexOf(':');
  if (colon < 0) return true;
  return (
    filter.slice(0, colon).toLowerCase() === owner.toLowerCase() &&
    filter.slice(colon + 1) === branch
  );
}

function createPull(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const title = stringField(ctx.body, 'title');
  const headField = stringField(ctx.body, 'head');
  const base = stringField(ctx.body, 'base');
  const body = stringField(ctx.body, 'body');
  const draft = booleanField(ctx.body, 'draft');
  booleanField(ctx.body, 'maintainer_can_modify');
  const issueNumber = integerField(ctx.body, 'issue');

  const missing: FieldError[] = [];
  if (!headField) missing.push({ resource: 'PullRequest', code: 'missing_field', field: 'head' });
  if (!base) missing.push({ resource: 'PullRequest', code: 'missing_field', field: 'base' });
  if (issueNumber === undefined && (title === undefined || title === null || !title.trim())) {
    missing.push({ resource: 'PullRequest', code: 'missing_field', field: 'title' });
  }
  if (missing.length > 0 || !headField || !base) return validationFailed(...missing);

  // `head` may name its owner (`owner:branch`); the fake has no forks, so only this one.
  const colon = headField.indexOf(':');
  const headOwner = colon < 0 ? repo.owner : headField.slice(0, colon);
  const head = colon < 0 ? headField : headField.slice(colon + 1);
  if (headOwner.toLowerCase() !== repo.owner.toLowerCase() || !head) {
    return validationFailed({
      resource: 'PullRequest',
      code: 'invalid',
      field: 'head',
      value: headField,
    });
  }
  if (head === base) {
    return custom(`No commits between ${base} and ${head}`);
  }
  const duplicate = [...repo.issues.values()].some(
    (pr) =>
      pr.pull_request &&
      pr.state === 'open' &&
      branchesOf(pr).head === head &&
      branchesOf(pr).base === base,
  );
  if (duplicate) return custom(`A pull request already exists for ${repo.owner}:${head}.`);

  let pr: FakeIssue;
  if (issueNumber !== undefined && issueNumber !== null) {
    // Turning an issue into a pull request keeps its number, title, body and comments.
    const issue = repo.issues.get(issueNumber);
    if (!issue || issue.pull_request || issue.state !== 'open') {
      return validationFailed({
        resource: 'PullRequest',
        code: 'invalid',
        field: 'issue',
        value: issueNumber,
      });
    }
    pr = issue;
    ctx.state.touch(pr);
  } else {
    pr = ctx.state.seedPullRequest(repo.fullName, { title: title!, body: body ?? null });
  }
  pr.pull_request = { merged_at: null, head, base, ...(draft ? { draft } : {}) };
  const rendered = renderPull(ctx.state, pr, ctx.api);
  return json(201, rendered, { location: rendered.url });
}

function custom(message: string): Reply {
  return validationFailed({ resource: 'PullRequest', code: 'custom', message });
}

function queryEnum<T extends string>(raw: string | null, values: readonly T[], field: string) {
  if (raw === null) return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    fail(validationFailed({ resource: 'PullRequest', code: 'invalid', field, value: raw }));
  }
  return raw as T;
}
