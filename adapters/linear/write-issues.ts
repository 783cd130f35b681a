/**
 * Creating, updating and closing issues. Creates go through `issueBatchCreate` (at most 50,
 * all or none) with the ids the core derived from the keys, so a batch sent again after a
 * lost answer is refused instead of duplicated.
 */
import { spliceRegion } from '../../src/contract/body-region.js';
import type {
  CloseRequest,
  CreateRequest,
  RemoteItem,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { needTeam, type IssueNative, type LinearContext } from './context.js';
import { labelIdsFor, prepareLabels } from './ensure-labels.js';
import { isDuplicateId, toFailure } from './failure.js';
import { issueToItem } from './map.js';
import { CLOSE_ISSUE, CREATE_ISSUES, ISSUES_BY_ID_QUERY, UPDATE_ISSUE } from './queries.js';
import { stateFor } from './states.js';
import type { WireIssue } from './wire.js';

export async function createIssues(
  ctx: LinearContext,
  batch: CreateRequest[],
): Promise<WriteResult[]> {
  try {
    await prepareLabels(
      ctx,
      batch.map((r) => r.fields.labels),
    );
    const inputs = await Promise.all(batch.map((r) => createInput(ctx, r)));
    const data = await ctx.transport.request<{ issueBatchCreate: { issues: WireIssue[] } }>(
      CREATE_ISSUES,
      { input: { issues: inputs } },
    );
    const byId = new Map(data.issueBatchCreate.issues.map((issue) => [issue.id, issue]));
    return batch.map((r) => created(r, byId.get(r.clientId)));
  } catch (error) {
    const failure = toFailure(error);
    if (batch.length > 1 && !failure.ambiguous && !failure.rateLimited && !failure.auth) {
      // The batch is all or none: one bad input refused them all. Alone, the others go through.
      const results: WriteResult[] = [];
      for (const request of batch) results.push(...(await createIssues(ctx, [request])));
      return results;
    }
    if (batch.length === 1 && isDuplicateId(error)) return [await alreadyThere(ctx, batch[0]!)];
    return batch.map((r) => ({ key: r.key, status: 'failed', error: failure }));
  }
}

export async function updateIssue(
  ctx: LinearContext,
  request: UpdateRequest,
): Promise<WriteResult> {
  try {
    const native = request.remote.native as IssueNative;
    const input: Record<string, unknown> = {
      // The marker lives in the description, so it is written on every update.
      description: spliceRegion(native.description, request.region, 'text'),
    };
    if (request.changes.includes('title')) input.title = request.fields.title;
    if (request.changes.includes('state')) input.stateId = stateIdFor(ctx, request);
    if (request.changes.includes('labels')) {
      input.labelIds = await labelIdsFor(ctx, request.fields.labels);
    }
    if (request.changes.includes('group')) input.projectMilestoneId = request.groupId;
    const data = await ctx.transport.request<{ issueUpdate: { issue: WireIssue } }>(UPDATE_ISSUE, {
      id: native.uuid,
      input,
    });
    return { key: request.key, status: 'updated', item: withKeys(data.issueUpdate.issue, request) };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

/** A task that left the plan goes to a canceled state, with the comment in the same request. */
export async function closeIssue(ctx: LinearContext, request: CloseRequest): Promise<WriteResult> {
  try {
    const native = request.remote.native as IssueNative;
    const input = {
      stateId: stateFor(needTeam(ctx), ctx.config, 'canceled').id,
      description: spliceRegion(native.description, request.region, 'text'),
    };
    const data = await ctx.transport.request<{ issueUpdate: { issue: WireIssue } }>(
      request.comment ? CLOSE_ISSUE : UPDATE_ISSUE,
      {
        id: native.uuid,
        input,
        ...(request.comment ? { comment: { issueId: native.uuid, body: request.comment } } : {}),
      },
    );
    const item = issueToItem(
      data.issueUpdate.issue,
      () => request.remote.fields.group ?? undefined,
      keysFrom(request.remote),
    );
    return { key: request.key, status: 'closed', item };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

async function createInput(ctx: LinearContext, request: CreateRequest) {
  const team = needTeam(ctx);
  const projectId = request.containerId ?? ctx.projectId;
  return {
    id: request.clientId,
    teamId: team.id,
    title: request.fields.title,
    description: request.region,
    stateId: stateIdFor(ctx, request),
    labelIds: await labelIdsFor(ctx, request.fields.labels),
    ...(projectId ? { projectId } : {}),
    ...(request.groupId ? { projectMilestoneId: request.groupId } : {}),
  };
}

function stateIdFor(ctx: LinearContext, request: CreateRequest): string {
  const purpose = request.fields.state === 'closed' ? 'done' : 'open';
  return stateFor(needTeam(ctx), ctx.config, purpose).id;
}

function created(request: CreateRequest, issue: WireIssue | undefined): WriteResult {
  if (!issue) {
    return {
      key: request.key,
      status: 'failed',
      error: { message: 'Linear did not return the issue it created', ambiguous: true },
    };
  }
  return { key: request.key, status: 'created', item: withKeys(issue, request) };
}

/** The issue as Linear answered, with the group's key the request named. */
function withKeys(issue: WireIssue, request: CreateRequest | UpdateRequest): RemoteItem {
  const blockers = 'remote' in request ? keysFrom(request.remote) : () => undefined;
  return issueToItem(
    issue,
    (id) => (id === request.groupId ? (request.fields.group ?? undefined) : undefined),
    blockers,
  );
}

/** Blocker uuid → key, as far as the item read before knows them. */
function keysFrom(remote: RemoteItem) {
  const native = remote.native as IssueNative | undefined;
  const byUuid = new Map(native?.blockers.map((b) => [b.blocker, b.key]) ?? []);
  return (uuid: string) => byUuid.get(uuid);
}

/**
 * Linear refused the id because an issue already has it: a create that went through before
 * its answer was lost. The id is derived from this key, so that issue is this item.
 */
async function alreadyThere(ctx: LinearContext, request: CreateRequest): Promise<WriteResult> {
  try {
    const data = await ctx.transport.request<{ issues: { nodes: WireIssue[] } }>(
      ISSUES_BY_ID_QUERY,
      {
        ids: [request.clientId],
      },
    );
    return created(request, data.issues.nodes[0]);
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}
