import type { CloseRequest, CreateRequest, UpdateRequest } from './types.js';
import type { WriteOp } from './write-op.js';

type IdOf = (key: string | null) => string | null;
type ResolveDeps = (keys: string[]) => string[];

/** The adapter requests for an operation, with keys resolved to remote ids known so far. */
export function createRequest(op: WriteOp, idOf: IdOf, resolveDeps: ResolveDeps): CreateRequest {
  return {
    key: op.key,
    kind: op.kind,
    fields: op.fields,
    marker: op.marker,
    groupId: idOf(op.fields.group),
    dependsOnIds: resolveDeps(op.fields.dependsOn),
    source: op.source,
  };
}

export function updateRequest(op: WriteOp, idOf: IdOf, resolveDeps: ResolveDeps): UpdateRequest {
  if (op.op === 'create') throw new Error('a create is not an update');
  return {
    ...createRequest(op, idOf, resolveDeps),
    id: op.remote.id,
    changes: op.changes,
    remote: op.remote,
  };
}

export function closeRequest(op: WriteOp): CloseRequest {
  if (op.op === 'create') throw new Error('a create cannot be closed');
  return {
    key: op.key,
    id: op.remote.id,
    kind: op.kind,
    reason: 'removed',
    comment: op.comment,
    marker: op.marker,
    remote: op.remote,
  };
}
