import { renderRegion } from '../contract/body-region.js';
import { clientIdFor } from './client-id.js';
import { hashField } from '../diff/hash-fields.js';
import { encodeMarker } from '../contract/marker.js';
import type {
  Adapter,
  CloseRequest,
  CreateRequest,
  FieldName,
  Marker,
  RelateRequest,
  RemoteItem,
  UpdateRequest,
} from '../diff/types.js';
import type { WriteOp } from './write-op.js';

export interface RequestContext {
  kinds: Adapter['kinds'];
  /** Remote item of a key, as known so far (read, or created in this run). */
  itemOf: (key: string | null) => RemoteItem | undefined;
  /** The source line under the owned text, or null when the repository's web URL is unknown. */
  footer: (source: { file: string; line: number } | null) => string | null;
  /** Stable name of the repository, so client ids differ between repositories. */
  namespace: string;
}

/** The adapter requests for an operation, with keys resolved to remote ids known so far. */
export function createRequest(op: WriteOp, ctx: RequestContext, wanted = op.marker): CreateRequest {
  const groupId = ctx.itemOf(op.fields.group)?.id ?? null;
  const containerId = ctx.itemOf(op.fields.container)?.id ?? null;
  // A parent that does not exist (its create failed) is not set: the marker says so, and the
  // next run moves the item into the parent once it exists instead of calling it drift.
  const marker = withMissingParents(wanted, op, ctx, groupId, containerId);
  const owned =
    op.op !== 'create' && !op.changes.includes('body')
      ? (op.remote.fields.body ?? op.fields.body)
      : op.fields.body;
  return {
    key: op.key,
    kind: op.kind,
    fields: op.fields,
    marker,
    region: region(op, ctx, owned, marker),
    clientId: clientIdFor(op.key, ctx.namespace),
    groupId,
    containerId,
  };
}

function withMissingParents(
  marker: Marker,
  op: WriteOp,
  ctx: RequestContext,
  groupId: string | null,
  containerId: string | null,
): Marker {
  const spec = ctx.kinds[op.kind];
  const hashes = { ...marker.hashes };
  if (op.fields.group && !groupId && hashes.group !== undefined)
    hashes.group = hashField('group', null, spec);
  if (op.fields.container && !containerId && hashes.container !== undefined)
    hashes.container = hashField('container', null, spec);
  return { key: marker.key, hashes };
}

/** An update of the fields in `changes` that `update` writes (dependencies go through relate). */
export function updateRequest(
  op: WriteOp,
  ctx: RequestContext,
  changes: FieldName[],
  remote: RemoteItem,
  marker: Marker = op.marker,
): UpdateRequest {
  return { ...createRequest(op, ctx, marker), id: remote.id, changes, remote };
}

export function closeRequest(op: WriteOp, ctx: RequestContext): CloseRequest {
  if (op.op === 'create') throw new Error('a create cannot be closed');
  const reason = op.reason === 'duplicate' || op.reason === 'obsolete' ? op.reason : 'removed';
  return {
    key: op.key,
    id: op.remote.id,
    kind: op.kind,
    reason,
    comment: op.comment,
    marker: op.marker,
    region: region(op, ctx, op.remote.fields.body ?? op.fields.body, op.marker),
    remote: op.remote,
  };
}

/** The dependencies of a task as they exist on the tracker now; missing ones wait for a later run. */
export function relateRequest(op: WriteOp, remote: RemoteItem, ctx: RequestContext): RelateRequest {
  const dependsOn = op.fields.dependsOn.flatMap((key) => {
    const item = ctx.itemOf(key);
    return item ? [{ key, id: item.id, remote: item }] : [];
  });
  return { key: op.key, id: remote.id, remote, dependsOn };
}

function region(op: WriteOp, ctx: RequestContext, owned: string, marker: Marker): string {
  const style = ctx.kinds[op.kind]?.bodyMarker ?? 'none';
  return renderRegion(owned, encodeMarker(marker), ctx.footer(op.source), style);
}
