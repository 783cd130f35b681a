/** Milestones: list, get, create, update, delete. */
import { enumField, fail, stringField } from '../body.js';
import { paginate } from '../paginate.js';
import { renderMilestone } from '../render.js';
import { json, notFound, validationFailed, type Reply } from '../reply.js';
import { repoOf, type Route, type RouteContext } from '../route.js';
import type { FakeMilestone, FakeRepo } from '../state.js';

export const milestoneRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/milestones', run: listMilestones },
  { method: 'POST', pattern: '/repos/:owner/:repo/milestones', run: createMilestone },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/milestones/:number',
    run: (ctx) => {
      const repo = repoOf(ctx);
      return json(200, renderMilestone(ctx.state, repo, milestoneOf(ctx, repo), ctx.api));
    },
  },
  { method: 'PATCH', pattern: '/repos/:owner/:repo/milestones/:number', run: updateMilestone },
  {
    method: 'DELETE',
    pattern: '/repos/:owner/:repo/milestones/:number',
    run: (ctx) => {
      const repo = repoOf(ctx);
      const milestone = milestoneOf(ctx, repo);
      repo.milestones.delete(milestone.number);
      for (const issue of repo.issues.values()) {
        if (issue.milestone === milestone.number) issue.milestone = null;
      }
      return { status: 204 };
    },
  },
];

function listMilestones(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const q = ctx.url.searchParams;
  const state = oneOf(q.get('state'), ['open', 'closed', 'all'], 'state') ?? 'open';
  const sort = oneOf(q.get('sort'), ['due_on', 'completeness'], 'sort') ?? 'due_on';
  const direction = oneOf(q.get('direction'), ['asc', 'desc'], 'direction') ?? 'asc';
  let milestones = [...repo.milestones.values()];
  if (state !== 'all') milestones = milestones.filter((m) => m.state === state);
  const rendered = milestones.map((m) => renderMilestone(ctx.state, repo, m, ctx.api));
  const key = (m: (typeof rendered)[number]): number => {
    if (sort === 'completeness') {
      const total = m.open_issues + m.closed_issues;
      return total === 0 ? 0 : m.closed_issues / total;
    }
    // Milestones without a due date sort after those with one.
    return m.due_on ? Date.parse(m.due_on) : Number.MAX_SAFE_INTEGER;
  };
  const sign = direction === 'asc' ? 1 : -1;
  rendered.sort((a, b) => sign * (key(a) - key(b)) || a.number - b.number);
  const page = paginate(rendered, ctx.url);
  return json(200, page.items, page.headers);
}

function createMilestone(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const title = stringField(ctx.body, 'title');
  const state = enumField(ctx.body, 'state', ['open', 'closed'] as const);
  const description = stringField(ctx.body, 'description', true);
  const dueOn = dateField(ctx.body.due_on);
  if (!title)
    return validationFailed({ resource: 'Milestone', code: 'missing_field', field: 'title' });
  if (titleTaken(repo, title)) {
    return validationFailed({ resource: 'Milestone', code: 'already_exists', field: 'title' });
  }
  const milestone = ctx.state.seedMilestone(repo.fullName, {
    title,
    state: state ?? 'open',
    description: description ?? null,
    due_on: dueOn ?? null,
  });
  const rendered = renderMilestone(ctx.state, repo, milestone, ctx.api);
  return json(201, rendered, { location: rendered.url });
}

function updateMilestone(ctx: RouteContext): Reply {
  const repo = repoOf(ctx);
  const milestone = milestoneOf(ctx, repo);
  const title = stringField(ctx.body, 'title');
  const state = enumField(ctx.body, 'state', ['open', 'closed'] as const);
  const description = stringField(ctx.body, 'description', true);
  const dueOn = dateField(ctx.body.due_on);
  if (title === '') {
    return validationFailed({ resource: 'Milestone', code: 'missing_field', field: 'title' });
  }
  if (title && titleTaken(repo, title, milestone.number)) {
    return validationFailed({ resource: 'Milestone', code: 'already_exists', field: 'title' });
  }
  if (title) milestone.title = title;
  if (description !== undefined) milestone.description = description;
  if (dueOn !== undefined) milestone.due_on = dueOn;
  if (state && state !== milestone.state) {
    milestone.state = state;
    milestone.closed_at = state === 'closed' ? ctx.state.timestamp() : null;
  }
  ctx.state.touch(milestone);
  return json(200, renderMilestone(ctx.state, repo, milestone, ctx.api));
}

function milestoneOf(ctx: RouteContext, repo: FakeRepo): FakeMilestone {
  return repo.milestones.get(Number(ctx.params.number)) ?? fail(notFound());
}

function titleTaken(repo: FakeRepo, title: string, except?: number): boolean {
  return [...repo.milestones.values()].some((m) => m.title === title && m.number !== except);
}

function dateField(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    fail(validationFailed({ resource: 'Milestone', code: 'invalid', field: 'due_on' }));
  }
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function oneOf<T extends string>(
  raw: string | null,
  values: readonly T[],
  field: string,
): T | undefined {
  if (raw === null) return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    fail(validationFailed({ resource: 'Milestone', code: 'invalid', field, value: raw }));
  }
  return raw as T;
}
