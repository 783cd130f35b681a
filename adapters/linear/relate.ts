/**
 * Dependencies as Linear `blocks` relations, pointing from the blocker to the task that
 * waits. A batch's additions and removals share one request through aliases; when that
 * request is refused, each task is tried alone so one bad relation stays its own failure.
 */
import type { RelateRequest, RemoteItem, WriteResult } from '../../src/contract/types.js';
import type { IssueNative, LinearContext } from './context.js';
import { toFailure } from './failure.js';
import { aliasedMutation } from './queries.js';

type Write =
  | {
      field: 'issueRelationCreate';
      input: { issueId: string; relatedIssueId: string; type: 'blocks' };
    }
  | { field: 'issueRelationDelete'; id: string };

export async function relateIssues(
  ctx: LinearContext,
  batch: RelateRequest[],
): Promise<WriteResult[]> {
  const plans = batch.map((request) => ({ request, writes: writesFor(request) }));
  const writes = plans.flatMap((p) => p.writes);
  if (writes.length > 0) {
    try {
      const data = await ctx.transport.request<Record<string, { issueRelation?: { id: string } }>>(
        aliasedMutation(
          'PlansyncRelate',
          writes.map((w) => w.field),
        ),
        Object.fromEntries(
          writes.map((w, i) => [`w${i}`, w.field === 'issueRelationCreate' ? w.input : w.id]),
        ),
      );
      const made = new Map<Write, string>();
      writes.forEach((w, i) => {
        const id = data[`w${i}`]?.issueRelation?.id;
        if (id) made.set(w, id);
      });
      return plans.map(({ request, writes }) => related(request, writes, made));
    } catch (error) {
      const failure = toFailure(error);
      if (batch.length > 1 && !failure.ambiguous && !failure.rateLimited && !failure.auth) {
        const results: WriteResult[] = [];
        for (const request of batch) results.push(...(await relateIssues(ctx, [request])));
        return results;
      }
      return batch.map((r) => ({ key: r.key, status: 'failed', error: failure }));
    }
  }
  return plans.map(({ request }) => related(request, [], new Map()));
}

function writesFor(request: RelateRequest): Write[] {
  const native = request.remote.native as IssueNative;
  const wanted = new Map(request.dependsOn.map((d) => [(d.remote.native as IssueNative).uuid, d]));
  const current = new Set(native.blockers.map((b) => b.blocker));
  const writes: Write[] = [];
  for (const uuid of wanted.keys()) {
    if (current.has(uuid)) continue;
    writes.push({
      field: 'issueRelationCreate',
      input: { issueId: uuid, relatedIssueId: native.uuid, type: 'blocks' },
    });
  }
  for (const blocker of native.blockers) {
    if (!wanted.has(blocker.blocker))
      writes.push({ field: 'issueRelationDelete', id: blocker.relationId });
  }
  return writes;
}

/** The task as it stands after its writes: its blockers are exactly the requested ones. */
function related(request: RelateRequest, writes: Write[], made: Map<Write, string>): WriteResult {
  const native = request.remote.native as IssueNative;
  const kept = native.blockers.filter((b) =>
    request.dependsOn.some((d) => (d.remote.native as IssueNative).uuid === b.blocker),
  );
  const added = writes.flatMap((w) =>
    w.field === 'issueRelationCreate'
      ? [
          {
            relationId: made.get(w) ?? '',
            blocker: w.input.issueId,
            key: request.dependsOn.find(
              (d) => (d.remote.native as IssueNative).uuid === w.input.issueId,
            )!.key,
          },
        ]
      : [],
  );
  const blockers = [...kept, ...added];
  const item: RemoteItem = {
    ...request.remote,
    fields: { ...request.remote.fields, dependsOn: blockers.map((b) => b.key).sort() },
    native: { ...native, blockers } satisfies IssueNative,
  };
  return { key: request.key, status: 'updated', item };
}
