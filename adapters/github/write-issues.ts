import { spliceRegion } from '../../src/contract/body-region.js';
import type {
  CloseRequest,
  CreateRequest,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { ensureLabels } from './ensure-labels.js';
import { issueToItem, type WireIssue } from './map.js';
import type { IssueNative, RepoContext } from './repo-context.js';
import { toFailure } from './to-failure.js';

/**
 * Creates one issue, open (GitHub cannot create a closed issue; the core closes a done task
 * afterwards). The POST is never retried by the client: if it fails ambiguously the core
 * looks for the marker first.
 */
export async function createIssue(ctx: RepoContext, request: CreateRequest): Promise<WriteResult> {
  const { fields } = request;
  try {
    await ensureLabels(ctx, fields.labels);
    const { data } = await ctx.client.rest.issues.create({
      owner: ctx.owner,
      repo: ctx.repo,
      title: fields.title,
      body: request.region,
      labels: fields.labels,
      ...(request.groupId ? { milestone: Number(request.groupId) } : {}),
      request: { retries: 0 },
    });
    return { key: request.key, status: 'created', item: toItem(data as WireIssue, request) };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

/** One PATCH with every changed field and the refreshed marker; people's text is kept. */
export async function updateIssue(ctx: RepoContext, request: UpdateRequest): Promise<WriteResult> {
  const { fields, changes } = request;
  try {
    // Read the body again right before rewriting it: a person's edit since the run's read
    // (outside the region) must survive. GitHub has no conditional update for issues.
    const native = request.remote.native as IssueNative | undefined;
    const current = native?.fromWrite ? native.body : await freshBody(ctx, Number(request.id));
    const params: Record<string, unknown> = {
      body: spliceRegion(current, request.region),
    };
    if (changes.includes('title')) params.title = fields.title;
    if (changes.includes('state')) {
      params.state = fields.state;
      params.state_reason = fields.state === 'closed' ? 'completed' : 'reopened';
    }
    if (changes.includes('labels')) {
      await ensureLabels(ctx, fields.labels);
      params.labels = fields.labels;
    }
    if (changes.includes('group'))
      params.milestone = request.groupId ? Number(request.groupId) : null;
    const issue = await patch(ctx, Number(request.id), params);
    return { key: request.key, status: 'updated', item: toItem(issue, request) };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

/** A task that left the plan (or a duplicate): a comment saying why, then closed as not planned. */
export async function closeIssue(ctx: RepoContext, request: CloseRequest): Promise<WriteResult> {
  const number = Number(request.id);
  try {
    if (request.comment) await commentOnce(ctx, number, request);
    const issue = await patch(ctx, number, {
      state: 'closed',
      state_reason: 'not_planned',
      body: spliceRegion(await freshBody(ctx, number), request.region),
    });
    const item = issueToItem(issue, () => request.remote.fields.group ?? undefined);
    return { key: request.key, status: 'closed', item };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

async function patch(
  ctx: RepoContext,
  number: number,
  params: Record<string, unknown>,
): Promise<WireIssue> {
  const { data } = await ctx.client.rest.issues.update({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: number,
    ...params,
  });
  return data as WireIssue;
}

async function freshBody(ctx: RepoContext, number: number): Promise<string> {
  const { data } = await ctx.client.rest.issues.get({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: number,
  });
  return data.body ?? '';
}

/**
 * Posts the closing comment unless an earlier attempt already did (a dropped connection, a
 * later step that failed). The text is the same each time (it names the task and the
 * reason), so it finds itself.
 */
async function commentOnce(ctx: RepoContext, number: number, request: CloseRequest) {
  const text = request.comment ?? '';
  const existing = await ctx.client.paginate(ctx.client.rest.issues.listComments, {
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: number,
    per_page: 100,
  });
  if (existing.some((comment) => comment.body?.trim() === text.trim())) return;
  await ctx.client.rest.issues.createComment({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: number,
    body: text,
    request: { retries: 0 },
  });
}

/** The item as written: its milestone is the group the request put it in. */
function toItem(issue: WireIssue, request: CreateRequest) {
  const item = issueToItem(issue, (number) =>
    request.groupId && Number(request.groupId) === number
      ? (request.fields.group ?? undefined)
      : undefined,
  );
  return { ...item, native: { ...(item.native as IssueNative), fromWrite: true } };
}
