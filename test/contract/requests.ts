/**
 * Requests as the core would send them, for the contract suite and adapter tests. Depends on
 * nothing but plansync's types and node:crypto, so an adapter package can copy it next to
 * `adapter-contract.ts` and run the suite without the rest of this repository.
 */
import { createHash } from 'node:crypto';
import type {
  CloseRequest,
  CreateRequest,
  FieldName,
  ItemFields,
  ItemKind,
  Marker,
  RemoteItem,
  UpdateRequest,
} from '../../src/sync/types.js';

const FIELDS: FieldName[] = ['title', 'body', 'state', 'labels', 'group', 'dependsOn'];

/**
 * Eight hex characters per field, in the shape the core writes. Adapters must store the
 * marker as given and never interpret the hashes, so any stable values would do.
 */
export function fieldHashes(fields: ItemFields): Record<FieldName, string> {
  const out = {} as Record<FieldName, string>;
  for (const name of FIELDS) {
    const value = fields[name];
    const text = Array.isArray(value) ? JSON.stringify([...value].sort()) : JSON.stringify(value);
    out[name] = createHash('sha256').update(`${name}\0${text}`).digest('hex').slice(0, 8);
  }
  return out;
}

export function markerFor(key: string, fields: ItemFields): Marker {
  return { key, hashes: fieldHashes(fields) };
}

export interface RequestInput {
  key: string;
  kind?: ItemKind;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  labels?: string[];
  group?: string | null;
  dependsOn?: string[];
  groupId?: string | null;
  dependsOnIds?: string[];
  source?: { file: string; line: number } | null;
}

export function createRequest(input: RequestInput): CreateRequest {
  const kind = input.kind ?? 'task';
  const fields: ItemFields = {
    title: input.title,
    body: input.body ?? '',
    state: input.state ?? 'open',
    labels: [...(input.labels ?? [])].sort(),
    group: kind === 'group' ? null : (input.group ?? null),
    dependsOn: [...(input.dependsOn ?? [])].sort(),
  };
  return {
    key: input.key,
    kind,
    fields,
    marker: markerFor(input.key, fields),
    groupId: input.groupId ?? null,
    dependsOnIds: input.dependsOnIds ?? [],
    source: input.source ?? null,
  };
}

/**
 * An update of `remote` (as read) from `before` (the request that created it) to the fields
 * in `next`, writing only `changes`. The marker records every field as the plan has it now.
 */
export function updateRequest(
  before: CreateRequest,
  remote: RemoteItem,
  next: Partial<ItemFields> & { groupId?: string | null; dependsOnIds?: string[] },
  changes: FieldName[],
): UpdateRequest {
  const { groupId, dependsOnIds, ...fieldChanges } = next;
  const fields: ItemFields = { ...before.fields, ...fieldChanges };
  return {
    ...before,
    id: remote.id,
    fields,
    marker: markerFor(before.key, fields),
    groupId: groupId === undefined ? before.groupId : groupId,
    dependsOnIds: dependsOnIds ?? before.dependsOnIds,
    changes,
    remote,
  };
}

/** Closing an item whose task left the plan; the marker's state hash says "closed". */
export function closeRequest(
  before: CreateRequest,
  remote: RemoteItem,
  comment: string | null,
): CloseRequest {
  const fields: ItemFields = { ...before.fields, state: 'closed' };
  return {
    key: before.key,
    id: remote.id,
    kind: before.kind,
    reason: 'removed',
    comment,
    marker: markerFor(before.key, fields),
    remote,
  };
}
