/**
 * Sub-issues and blocked-by dependencies. Both take the other issue's database `id`, not
 * its number: a client sending a number gets a 422 (or, worse, a different issue), as on
 * GitHub.
 */
import { booleanField, fail, integerField } from '../body.js';
import { paginate } from '../paginate.js';
import { renderIssue } from '../render.js';
import { DOCS, json, notFound, validationFailed, type Reply } from '../reply.js';
import { issueOf, repoOf, type Route, type RouteContext } from '../route.js';
import type { FakeIssue } from '../state.js';

const BASE = '/repos/:owner/:repo/issues/:number';

export const relationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: `${BASE}/sub_issues`,
    run: (ctx) => issueList(ctx, ctx.state.subIssues(issueOf(ctx))),
  },
  { method: 'POST', pattern: `${BASE}/sub_issues`, run: addSubIssue },
  { method: 'DELETE', pattern: `${BASE}/sub_issue`, run: removeSubIssue },
  {
    method: 'GET',
    pattern: `${BASE}/parent`,
    run: (ctx) => {
      const issue = issueOf(ctx);
      const parent = issue.parentId === null ? undefined : ctx.state.issueById(issue.parentId);
      return parent ? json(200, renderIssue(ctx.state, parent, ctx.api)) : notFound();
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/dependencies/blocked_by`,
    run: (ctx) => issueList(ctx, ctx.state.blockedBy(issueOf(ctx))),
  },
  {
    method: 'GET',
    pattern: `${BASE}/dependencies/blocking`,
    run: (ctx) => issueList(ctx, ctx.state.blocking(issueOf(ctx))),
  },
  { method: 'POST', pattern: `${BASE}/dependencies/blocked_by`, run: addBlockedBy },
  { method: 'DELETE', pattern: `${BASE}/dependencies/blocked_by/:issue_id`, run: removeBlockedBy },
];

function issueList(ctx: RouteContext, issues: FakeIssue[]): Reply {
  const page = paginate(issues, ctx.url);
  return json(
    200,
    page.items.map((i) => renderIssue(ctx.state, i, ctx.api)),
    page.headers,
  );
}

function addSubIssue(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const parent = issueOf(ctx, repo);
  const childId = requiredId(ctx, 'sub_issue_id');
  const replaceParent = booleanField(ctx.body, 'replace_parent') ?? false;
  const child = ctx.state.issueById(childId);
  if (!child || child.pull_request) return invalidRelation('sub_issue_id', childId, 'not found');
  if (child.id === parent.id) return invalidRelation('sub_issue_id', childId, 'is the parent');
  if (ownerOf(child) !== ownerOf(parent)) {
    return invalidRelation('sub_issue_id', childId, 'belongs to another owner');
  }
  if (parent.subIssueIds.includes(child.id)) {
    return invalidRelation('sub_issue_id', childId, 'is already a sub-issue of this issue');
  }
  if (child.parentId !== null && !replaceParent) {
    return invalidRelation('sub_issue_id', childId, 'may only have one parent');
  }
  if (child.parentId !== null) {
    const previous = ctx.state.issueById(child.parentId);
    if (previous) previous.subIssueIds = previous.subIssueIds.filter((id) => id !== child.id);
  }
  child.parentId = parent.id;
  parent.subIssueIds.push(child.id);
  ctx.state.touch(parent);
  const rendered = renderIssue(ctx.state, parent, ctx.api);
  return json(201, rendered, { location: `${rendered.url}/sub_issues` });
}

function removeSubIssue(ctx: RouteContext): Reply {
  const parent = issueOf(ctx);
  const childId = requiredId(ctx, 'sub_issue_id');
  const child = ctx.state.issueById(childId);
  if (!child || child.parentId !== parent.id) return notFound();
  child.parentId = null;
  parent.subIssueIds = parent.subIssueIds.filter((id) => id !== child.id);
  ctx.state.touch(parent);
  return json(200, renderIssue(ctx.state, parent, ctx.api));
}

function addBlockedBy(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  const blockerId = requiredId(ctx, 'issue_id');
  const blocker = ctx.state.issueById(blockerId);
  if (!blocker || blocker.pull_request) return invalidRelation('issue_id', blockerId, 'not found');
  if (blocker.id === issue.id) return invalidRelation('issue_id', blockerId, 'cannot block itself');
  if (issue.blockedByIds.includes(blocker.id)) {
    return invalidRelation('issue_id', blockerId, 'already blocks this issue');
  }
  issue.blockedByIds.push(blocker.id);
  ctx.state.touch(issue);
  const rendered = renderIssue(ctx.state, issue, ctx.api);
  return json(201, rendered, { location: `${rendered.url}/dependencies/blocked_by` });
}

function removeBlockedBy(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  const blockerId = Number(ctx.params.issue_id);
  if (!issue.blockedByIds.includes(blockerId)) return notFound();
  issue.blockedByIds = issue.blockedByIds.filter((id) => id !== blockerId);
  ctx.state.touch(issue);
  return json(200, renderIssue(ctx.state, issue, ctx.api));
}

function requiredId(ctx: RouteContext, field: string): number {
  const id = integerField(ctx.body, field);
  if (id === undefined || id === null) {
    fail(validationFailed({ resource: 'Issue', code: 'missing_field', field }));
  }
  return id;
}

function invalidRelation(field: string, value: number, why: string): Reply {
  return json(422, {
    message: 'Validation Failed',
    errors: [{ resource: 'Issue', code: 'invalid', field, value, message: why }],
    documentation_url: DOCS,
    status: '422',
  });
}

function ownerOf(issue: FakeIssue): string {
  return issue.repo.split('/')[0]?.toLowerCase() ?? '';
}
