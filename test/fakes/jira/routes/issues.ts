/** Issues: create (one or a bulk of up to 50, with partial success), get, edit, bulk fetch. */
import { readIssueInput, type IssueInput } from '../issue-input.js';
import type { FakeIssue } from '../model.js';
import { listParam, renderIssue } from '../render.js';
import { badRequest, fail, isObject, json, notFound, type Body, type Reply } from '../reply.js';
import type { Route, RouteContext } from '../route.js';
import type { JiraState } from '../state.js';

export const MAX_BULK_CREATE = 50;
const MAX_BULK_FETCH = 100;

export const issueRoutes: Route[] = [
  { method: 'POST', pattern: '/issue', run: createOne },
  { method: 'POST', pattern: '/issue/bulk', run: createBulk },
  { method: 'POST', pattern: '/issue/bulkfetch', mode: 'cloud', read: true, run: bulkFetch },
  { method: 'GET', pattern: '/issue/:issue', run: getIssue },
  { method: 'PUT', pattern: '/issue/:issue', run: editIssue },
];

export function issueOf(ctx: RouteContext): FakeIssue {
  return ctx.state.issue(ctx.params.issue ?? '') ?? fail(notFound());
}

function insert(state: JiraState, input: IssueInput): FakeIssue {
  const { patch, project } = input;
  return state.insertIssue(project!.key, {
    summary: patch.summary ?? '',
    description: patch.description ?? null,
    labels: patch.labels ?? [],
    issueTypeId: patch.issueTypeId!,
    statusId: patch.statusId!,
    resolution: null,
    parentId: patch.parentId ?? null,
    epicLink: patch.epicLink ?? null,
    epicName: patch.epicName ?? null,
    fixVersionIds: patch.fixVersionIds ?? [],
    properties: input.properties,
  });
}

function created(ctx: RouteContext, issue: FakeIssue) {
  return { id: String(issue.id), key: issue.key, self: `${ctx.api}/issue/${issue.id}` };
}

function createOne(ctx: RouteContext): Reply {
  const input = readIssueInput(ctx.state, ctx.body);
  if (Object.keys(input.errors).length > 0) return badRequest([], input.errors);
  return json(201, created(ctx, insert(ctx.state, input)));
}

function createBulk(ctx: RouteContext): Reply {
  const updates = ctx.body.issueUpdates;
  if (!Array.isArray(updates)) return badRequest(['Issue updates must be provided.']);
  if (updates.length > MAX_BULK_CREATE) {
    return badRequest([`The number of issues to create exceeds the limit of ${MAX_BULK_CREATE}.`]);
  }
  const issues: unknown[] = [];
  const errors: unknown[] = [];
  updates.forEach((update, index) => {
    const input = readIssueInput(ctx.state, isObject(update) ? update : {});
    if (Object.keys(input.errors).length > 0) {
      errors.push({
        status: 400,
        elementErrors: { errorMessages: [], errors: input.errors, status: 400 },
        failedElementNumber: index,
      });
      return;
    }
    issues.push(created(ctx, insert(ctx.state, input)));
  });
  // Jira answers 201 when at least one issue was created, 400 when none was.
  return json(issues.length > 0 || updates.length === 0 ? 201 : 400, { issues, errors });
}

function selection(source: URLSearchParams | Body, defaults: string[]) {
  const get = (name: string) =>
    source instanceof URLSearchParams ? (source.get(name) ?? undefined) : source[name];
  return {
    fields: listParam(get('fields')) ?? defaults,
    properties: listParam(get('properties')) ?? [],
  };
}

function getIssue(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  return json(
    200,
    renderIssue(ctx.state, ctx.api, issue, selection(ctx.url.searchParams, ['*all'])),
  );
}

function editIssue(ctx: RouteContext): Reply {
  const issue = issueOf(ctx);
  const input = readIssueInput(ctx.state, ctx.body, issue);
  if (Object.keys(input.errors).length > 0) return badRequest([], input.errors);
  Object.assign(issue, input.patch);
  Object.assign(issue.properties, input.properties);
  ctx.state.touch(issue);
  return json(204);
}

function bulkFetch(ctx: RouteContext): Reply {
  const refs = ctx.body.issueIdsOrKeys;
  if (!Array.isArray(refs) || refs.length === 0) {
    return badRequest([], { issueIdsOrKeys: 'At least one issue id or key is required.' });
  }
  if (refs.length > MAX_BULK_FETCH) {
    return badRequest([`The maximum number of issues to fetch is ${MAX_BULK_FETCH}.`]);
  }
  const sel = selection(ctx.body, ['*navigable']);
  const issues: unknown[] = [];
  const issueErrors: unknown[] = [];
  for (const ref of refs.map(String)) {
    const issue = ctx.state.issue(ref);
    if (issue) issues.push(renderIssue(ctx.state, ctx.api, issue, sel));
    else
      issueErrors.push({
        id: ref,
        errorMessage: 'Issue does not exist or you do not have permission to see it.',
      });
  }
  return json(200, { expand: '', issues, issueErrors });
}
