import type { DesiredItem } from '../diff/desired-items.js';
import { hashField } from '../diff/hash-fields.js';
import type { Adapter, RemoteItem, WriteResult } from '../diff/types.js';
import type { WriteOp } from '../apply/write-op.js';
import { type RequestContext, updateRequest } from '../apply/write-requests.js';
import type { MarkerRefresh } from './plan-pull.js';

/**
 * Rewrites the marker of each item so its state hash is the state plan and tracker now share,
 * and changes nothing else: an update with no changed fields writes only the owned region,
 * with the item's own owned text and every other hash as they were. Returns one result per
 * refresh, in order; a failure leaves that marker as it was (the next pull tries again).
 */
export async function refreshMarkers(
  adapter: Adapter,
  refreshes: MarkerRefresh[],
  desired: ReadonlyMap<string, DesiredItem>,
  ctx: RequestContext,
): Promise<WriteResult[]> {
  const spec = adapter.kinds.task;
  const requests = refreshes.flatMap(({ key, state, remote }) => {
    const item = desired.get(key);
    if (!item || !remote.marker) return [];
    const marker = {
      key,
      hashes: { ...remote.marker.hashes, state: hashField('state', state, spec) },
    };
    const op: WriteOp = {
      op: 'update',
      key,
      kind: item.kind,
      taskId: item.taskId,
      remote,
      fields: { ...item.fields, state },
      marker,
      changes: [],
      drift: [],
      reason: 'changed',
      comment: null,
      source: item.source,
    };
    return [updateRequest(op, ctx, [], remote as RemoteItem, marker)];
  });
  const results: WriteResult[] = [];
  for (let i = 0; i < requests.length; i += adapter.batchSize) {
    results.push(...(await adapter.update(requests.slice(i, i + adapter.batchSize))));
  }
  return results;
}
