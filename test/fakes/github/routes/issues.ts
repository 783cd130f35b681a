/** Issues: list (pull requests mixed in), get, create, update. */
import {
  enumField,
  fail,
  labelNamesField,
  milestoneField,
  stringArrayField,
  stringField,
  titleField,
} from '../body.js';
import { paginate } from '../paginate.js';
import { renderIssue } from '../render.js';
import { json, validationFailed, type Reply } from '../reply.js';
import { issueOf, repoOf, type Route, type RouteContext } from '../route.js';
import type { FakeIssue, FakeRepo, StateReason } from '../state.js';

const CLOSED_REASONS = ['completed', 'not_planned', 'duplicate'] as const;
const STATE_REASONS = [...CLOSED_REASONS, 'reopened'] as const;

export const issueRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/issues', run: listIssues },
  { method: 'POST', pattern: '/repos/:owner/:repo/issues', run: createIssue },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:number',
    run: (ctx) => json(200, renderIssue(ctx.state, issueOf(ctx), ctx.api)),
  },
  { method: 'PATCH', pattern: '/repos/:owner/:repo/issues/:number', run: updateIssue },
];

function listIssues(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const q = ctx.url.searchParams;
  const state = queryEnum(q.get('state'), ['open', 'closed', 'all'], 'state') ?? 'open';
  const sort = queryEnum(q.get('sort'), ['created', 'updated', 'comments'], 'sort') ?? 'created';
  const direction = queryEnum(q.get('direction'), ['asc', 'desc'], 'direction') ?? 'desc';
  const since = q.get('since');
  const milestone = q.get('milestone');
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);

  let issues = [...repo.issues.values()];
  if (state !== 'all') issues = issues.filter((i) => i.state === state);
  if (since) {
    const from = Date.parse(since);
    if (!Number.isNaN(from)) issues = issues.filter((i) => Date.parse(i.updated_at) >= from);
  }
  if (milestone === 'none') issues = issues.filter((i) => i.milestone === null);
  else if (milestone === '*') issues = issues.filter((i) => i.milestone !== null);
  else if (milestone) issues = issues.filter((i) => String(i.milestone) === milestone);
  if (labels.length > 0) {
    issues = issues.filter((i) => {
      const names = ctx.state.labelNames(i).map((n) => n.toLowerCase());
      return labels.every((name) => names.includes(name));
    });
  }

  const key = (i: FakeIssue): number =>
    sort === 'updated'
      ? Date.parse(i.updated_at)
      : sort === 'comments'
        ? ctx.state.comments(i).length
        : Date.parse(i.created_at);
  const sign = direction === 'asc' ? 1 : -1;
  // Timestamps have one-second resolution, so ties fall back to creation order.
  issues.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));

  const page = paginate(issues, ctx.url);
  return json(
    200,
    page.items.map((i) => renderIssue(ctx.state, i, ctx.api)),
    page.headers,
  );
}

function createIssue(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const title = titleField(ctx.body);
  const body = stringField(ctx.body, 'body', true);
  const milestone = milestoneField(ctx.body);
  const labels = labelNamesField(ctx.body);
  const assignees = assigneesOf(ctx);
  if (title === undefined || title === null || title.trim() === '') {
    return validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' });
  }
  if (tooLong(title)) return tooLong(title)!;
  if (milestone !== undefined && milestone !== null) requireMilestone(repo, milestone);

  const issue = ctx.state.seedIssue(repo.fullName, {
    title,
    body: body ?? null,
    labels: labels ?? [],
    milestone: milestone ?? null,
    assignees: assignees ?? [],
  });
  const rendered = renderIssue(ctx.state, issue, ctx.api);
  return json(201, rendered, { location: rendered.url });
}

function updateIssue(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const title = titleField(ctx.body, true);
  const body = stringField(ctx.body, 'body', true);
  const state = enumField(ctx.body, 'state', ['open', 'closed'] as const);
  const reason = enumField(ctx.body, 'state_reason', STATE_REASONS, true);
  const milestone = milestoneField(ctx.body);
  const labels = labelNamesField(ctx.body);
  const assignees = assigneesOf(ctx);
  if (title === '') {
    return validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' });
  }
  if (typeof title === 'string' && tooLong(title)) return tooLong(title)!;
  if (milestone !== undefined && milestone !== null) requireMilestone(repo, milestone);

  // Every check passed: only now change anything, so a 422 leaves the issue as it was.
  if (typeof title === 'string') issue.title = title;
  if (body !== undefined) issue.body = body;
  if (milestone !== undefined) issue.milestone = milestone;
  if (labels !== undefined) issue.labelIds = ctx.state.labelIdsFor(repo.fullName, labels);
  if (assignees !== undefined) issue.assignees = assignees;
  applyState(ctx, issue, state ?? undefined, reason);
  ctx.state.touch(issue);
  return json(200, renderIssue(ctx.state, issue, ctx.api));
}

function applyState(
  ctx: RouteContext,
  issue: FakeIssue,
  state: 'open' | 'closed' | undefined,
  reason: StateReason | null | undefined,
): void {
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = ctx.state.timestamp();
    issue.state_reason = isClosedReason(reason) ? reason : 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
  } else if (issue.state === 'closed' && isClosedReason(reason)) {
    // Changing why a closed issue was closed (completed → not planned) is allowed.
    issue.state_reason = reason;
  }
}

function isClosedReason(reason: StateReason | null | undefined): reason is StateReason {
  return reason !== null && reason !== undefined && reason !== 'reopened';
}

function requireMilestone(repo: FakeRepo, number: number): void {
  if (!repo.milestones.has(number)) {
    fail(
      validationFailed({ resource: 'Issue', code: 'invalid', field: 'milestone', value: number }),
    );
  }
}

function assigneesOf(ctx: RouteContext): string[] | undefined {
  const assignees = stringArrayField(ctx.body, 'assignees');
  const single = stringField(ctx.body, 'assignee', true);
  const all = assignees ?? (single ? [single] : single === null ? [] : undefined);
  if (all === undefined) return undefined;
  // Only people with access can be assigned; in the fake that is the authenticated user.
  const bad = all.find((login) => login !== ctx.state.user.login);
  if (bad !== undefined) {
    fail(validationFailed({ resource: 'Issue', code: 'invalid', field: 'assignees', value: bad }));
  }
  return [...new Set(all)];
}

function queryEnum<T extends string>(raw: string | null, values: readonly T[], field: string) {
  if (raw === null) return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    fail(validationFailed({ resource: 'Issue', code: 'invalid', field, value: raw }));
  }
  return raw as T;
}

/** GitHub refuses an issue title over 256 characters. */
function tooLong(title: string): Reply | null {
  if ([...title].length <= MAX_TITLE) return null;
  return validationFailed({
    resource: 'Issue',
    code: 'custom',
    field: 'title',
    message: `title is too long (maximum is ${MAX_TITLE} characters)`,
  });
}

const MAX_TITLE = 256;
