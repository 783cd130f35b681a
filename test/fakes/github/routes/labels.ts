/** Repository labels and the labels on one issue. */
import { fail, labelNamesField, stringField } from '../body.js';
import { paginate } from '../paginate.js';
import { renderLabel } from '../render.js';
import { DOCS, json, notFound, validationFailed, type Reply } from '../reply.js';
import { issueOf, repoOf, type Route, type RouteContext } from '../route.js';
import type { FakeIssue, FakeRepo } from '../state.js';

export const labelRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/labels',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const page = paginate(repo.labels, ctx.url);
      return json(
        200,
        page.items.map((label) => renderLabel(repo, label, ctx.api)),
        page.headers,
      );
    },
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/labels/:name',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const label = ctx.state.findLabel(repo, ctx.params.name ?? '') ?? fail(notFound());
      return json(200, renderLabel(repo, label, ctx.api));
    },
  },
  { method: 'POST', pattern: '/repos/:owner/:repo/labels', run: createLabel },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:number/labels',
    run: (ctx) => issueLabels(ctx, repoOf(ctx), issueOf(ctx)),
  },
  { method: 'POST', pattern: '/repos/:owner/:repo/issues/:number/labels', run: addLabels },
  { method: 'PUT', pattern: '/repos/:owner/:repo/issues/:number/labels', run: setLabels },
  {
    method: 'DELETE',
    pattern: '/repos/:owner/:repo/issues/:number/labels/:name',
    run: removeLabel,
  },
];

function createLabel(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const name = stringField(ctx.body, 'name');
  const color = stringField(ctx.body, 'color');
  const description = stringField(ctx.body, 'description');
  if (!name) return validationFailed({ resource: 'Label', code: 'missing_field', field: 'name' });
  if (color !== undefined && color !== null && !/^[0-9a-fA-F]{6}$/.test(color)) {
    return validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
  }
  if (ctx.state.findLabel(repo, name)) {
    return validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
  }
  const label = ctx.state.seedLabel(repo.fullName, {
    name,
    ...(color ? { color: color.toLowerCase() } : {}),
    description: description ?? null,
  });
  const rendered = renderLabel(repo, label, ctx.api);
  return json(201, rendered, { location: rendered.url });
}

/** The body is `{ labels: [...] }` or, as GitHub also accepts, a bare array of names. */
function labelsInBody(ctx: RouteContext): string[] {
  const raw = ctx.body;
  if (Array.isArray(raw)) return labelNamesField({ labels: raw }) ?? [];
  return labelNamesField(raw) ?? [];
}

function addLabels(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const ids = ctx.state.labelIdsFor(repo.fullName, labelsInBody(ctx));
  const added = ids.filter((id) => !issue.labelIds.includes(id));
  if (added.length > 0) {
    issue.labelIds.push(...added);
    ctx.state.touch(issue);
  }
  return issueLabels(ctx, repo, issue);
}

function setLabels(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  issue.labelIds = ctx.state.labelIdsFor(repo.fullName, labelsInBody(ctx));
  ctx.state.touch(issue);
  return issueLabels(ctx, repo, issue);
}

function removeLabel(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const label = ctx.state.findLabel(repo, ctx.params.name ?? '');
  if (!label || !issue.labelIds.includes(label.id)) {
    return json(404, { message: 'Label does not exist', documentation_url: DOCS, status: '404' });
  }
  issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
  ctx.state.touch(issue);
  return issueLabels(ctx, repo, issue);
}

function issueLabels(ctx: RouteContext, repo: FakeRepo, issue: FakeIssue): Reply {
  const labels = issue.labelIds.flatMap((id) => repo.labels.find((l) => l.id === id) ?? []);
  const page = paginate(labels, ctx.url);
  return json(
    200,
    page.items.map((label) => renderLabel(repo, label, ctx.api)),
    page.headers,
  );
}
