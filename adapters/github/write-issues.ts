import { hashField } from '../../src/sync/hash-fields.js';
import { encodeMarker } from '../../src/sync/marker.js';
import type {
  CloseRequest,
  CreateRequest,
  UpdateRequest,
  WriteResult,
} from '../../src/sync/types.js';
import { renderBody } from './body.js';
import { ensureLabels } from './ensure-labels.js';
import { issueToItem, type WireIssue } from './map.js';
import { getIssue, rememberIssue } from './get-issue.js';
import type { RepoContext } from './repo-context.js';
import { setDependencies } from './set-dependencies.js';
import { toFailure } from './to-failure.js';

/**
 * Creates one issue. The POST is never retried by the client: if it fails ambiguously the core
 * looks for the marker first. GitHub cannot create a closed issue, so a task already done is
 * created with a marker saying "open" and then closed; if that second step fails, the next run
 * sees a plain plan change rather than a person's edit.
 */
export async function createIssue(ctx: RepoContext, request: CreateRequest): Promise<WriteResult> {
  const { fields } = request;
  let issue: WireIssue;
  try {
    await ensureLabels(ctx, fields.labels);
    const closedLater = fields.state === 'closed';
    const marker = closedLater
      ? {
          ...request.marker,
          hashes: { ...request.marker.hashes, state: hashField('state', 'open') },
        }
      : request.marker;
    const body = renderBody(null, fields.body, encodeMarker(marker), footer(ctx, request));
    const created = await ctx.client.rest.issues.create({
      owner: ctx.owner,
      repo: ctx.repo,
      title: fields.title,
      body,
      labels: fields.labels,
      ...(request.groupId ? { milestone: Number(request.groupId) } : {}),
      request: { retries: 0 },
    });
    issue = created.data as WireIssue;
    rememberIssue(ctx, issue);
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
  if (fields.state === 'closed') {
    try {
      issue = await patch(ctx, issue.number, {
        state: 'closed',
        state_reason: 'completed',
        body: renderBody(
          issue.body ?? '',
          fields.body,
          encodeMarker(request.marker),
          footer(ctx, request),
        ),
      });
    } catch (error) {
      // The issue exists and must be linked; its marker says "open", so the next run closes it.
      ctx.log(`created #${issue.number} but could not close it: ${toFailure(error).message}`);
    }
  }
  await dependencies(ctx, issue.number, request.dependsOnIds, 'none');
  return { key: request.key, status: 'created', item: issueToItem(issue, ctx.groupKeys) };
}

/** One PATCH with every changed field (and the refreshed marker); people's text is kept. */
export async function updateIssue(ctx: RepoContext, request: UpdateRequest): Promise<WriteResult> {
  const number = Number(request.id);
  const { fields, changes } = request;
  try {
    const existing = await currentBody(ctx, number);
    const owned = changes.includes('body')
      ? fields.body
      : (request.remote.fields.body ?? fields.body);
    const params: Record<string, unknown> = {
      body: renderBody(existing, owned, encodeMarker(request.marker), footer(ctx, request)),
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
    const issue = await patch(ctx, number, params);
    if (changes.includes('dependsOn'))
      await dependencies(ctx, number, request.dependsOnIds, 'unknown');
    return { key: request.key, status: 'updated', item: issueToItem(issue, ctx.groupKeys) };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

/** A task that left the plan: a comment saying why, then closed as "not planned". */
export async function closeIssue(ctx: RepoContext, request: CloseRequest): Promise<WriteResult> {
  const number = Number(request.id);
  try {
    if (request.comment) {
      await ctx.client.rest.issues.createComment({
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: number,
        body: request.comment,
      });
    }
    const existing = await currentBody(ctx, number);
    const owned = request.remote.fields.body ?? '';
    const issue = await patch(ctx, number, {
      state: 'closed',
      state_reason: 'not_planned',
      body: renderBody(existing, owned, encodeMarker(request.marker), null),
    });
    return { key: request.key, status: 'closed', item: issueToItem(issue, ctx.groupKeys) };
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
  rememberIssue(ctx, data as WireIssue);
  return data as WireIssue;
}

async function currentBody(ctx: RepoContext, number: number): Promise<string> {
  return ctx.issueBodies.get(number) ?? (await getIssue(ctx, number)).body ?? '';
}

/** Dependencies are extra relations: a failure is logged, not a failed item (the issue exists). */
async function dependencies(
  ctx: RepoContext,
  number: number,
  ids: string[],
  known: 'none' | 'unknown',
): Promise<void> {
  if (ids.length === 0 && known === 'none') return;
  try {
    await setDependencies(ctx, number, ids.map(Number), { known });
  } catch (error) {
    ctx.log(`could not set the dependencies of #${number}: ${toFailure(error).message}`);
  }
}

function footer(ctx: RepoContext, request: CreateRequest): string | null {
  const source = request.source;
  if (!source) return null;
  const inRepo = !source.file.startsWith('/') && !source.file.startsWith('..');
  const where = `${source.file} line ${source.line}`;
  const link =
    ctx.htmlUrl && inRepo
      ? `[${where}](${ctx.htmlUrl}/blob/HEAD/${encodeURI(source.file)}#L${source.line})`
      : where;
  return `<sub>Source: ${link} · managed by plansync: change the plan, not this section</sub>`;
}
