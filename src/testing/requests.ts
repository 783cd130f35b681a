/**
 * Requests as the core sends them, for the contract suite and adapter tests: the same
 * marker, region rendering and client ids, through the core's own functions.
 */
import { renderRegion } from '../contract/body-region.js';
import { encodeMarker } from '../contract/marker.js';
import type {
  Adapter,
  CloseRequest,
  CreateRequest,
  FieldName,
  ItemFields,
  ItemKind,
  Marker,
  RelateRequest,
  RemoteItem,
  UpdateRequest,
} from '../contract/types.js';
import { clientIdFor } from '../apply/client-id.js';
import { hashFields } from '../diff/hash-fields.js';

export function markerFor(key: string, fields: ItemFields): Marker {
  return { key, hashes: hashFields(fields) };
}

export interface RequestInput {
  key: string;
  kind?: ItemKind;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  labels?: string[];
  group?: string | null;
  container?: string | null;
  dependsOn?: string[];
  groupId?: string | null;
  containerId?: string | null;
  /** The source line under the owned text, as the core renders it. */
  footer?: string | null;
}

/** Where each kind keeps its marker in the body: set from the adapter under test. */
let kindsInUse: Adapter['kinds'] | null = null;
export function useKinds(kinds: Adapter['kinds'] | null): void {
  kindsInUse = kinds;
}

export function regionFor(
  kind: ItemKind,
  owned: string,
  marker: Marker,
  footer: string | null = null,
): string {
  const style = kindsInUse?.[kind]?.bodyMarker ?? 'html-comment';
  return renderRegion(owned, encodeMarker(marker), footer, style);
}

export function createRequest(input: RequestInput): CreateRequest {
  const kind = input.kind ?? 'task';
  const fields: ItemFields = {
    title: input.title,
    body: input.body ?? '',
    state: input.state ?? 'open',
    labels: [...(input.labels ?? [])].sort(),
    group: kind === 'task' ? (input.group ?? null) : null,
    dependsOn: [...(input.dependsOn ?? [])].sort(),
    container: kind === 'container' ? null : (input.container ?? null),
  };
  const marker = markerFor(input.key, fields);
  return {
    key: input.key,
    kind,
    fields,
    marker,
    region: regionFor(kind, fields.body, marker, input.footer ?? null),
    clientId: clientIdFor(input.key, 'contract-suite'),
    groupId: input.groupId ?? null,
    containerId: input.containerId ?? null,
  };
}

/**
 * An update of `remote` (as read) from `before` (the request that created it) to the fields
 * in `next`, writing only `changes`. The marker records every field as the plan has it now.
 */
export function updateRequest(
  before: CreateRequest,
  remote: RemoteItem,
  next: Partial<ItemFields> & { groupId?: string | null },
  changes: FieldName[],
): UpdateRequest {
  const { groupId, ...fieldChanges } = next;
  const fields: ItemFields = { ...before.fields, ...fieldChanges };
  const marker = markerFor(before.key, fields);
  return {
    ...before,
    id: remote.id,
    fields,
    marker,
    region: regionFor(before.kind, fields.body, marker),
    groupId: groupId === undefined ? before.groupId : groupId,
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
  const marker = markerFor(before.key, fields);
  return {
    key: before.key,
    id: remote.id,
    kind: before.kind,
    reason: 'removed',
    comment,
    marker,
    region: regionFor(before.kind, remote.fields.body ?? before.fields.body, marker),
    remote,
  };
}

/** Makes `item` depend on exactly `blockers`. */
export function relateRequest(item: RemoteItem, blockers: RemoteItem[]): RelateRequest {
  return {
    key: item.marker?.key ?? item.id,
    id: item.id,
    remote: item,
    dependsOn: blockers.map((b) => ({ key: b.marker?.key ?? b.id, id: b.id, remote: b })),
  };
}
