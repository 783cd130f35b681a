import { compareFields, isOwnedLabel } from './compare-fields.js';
import type { DesiredItem } from './desired-items.js';
import { hashFields } from './hash-fields.js';
import { keyFeature } from './keys.js';
import type { Changeset, FieldName, ItemFields, Operation, RemoteItem, Snapshot } from './types.js';

export type RemovedPolicy = 'close' | 'label' | 'keep';

export interface DiffOptions {
  /** Overwrite drift and conflicts with the plan's values. */
  force: boolean;
  /** What happens to an item whose task left the plan. */
  removed: RemovedPolicy;
  /** Every label plansync may set in this run; other labels on an item belong to people. */
  ownedLabels: ReadonlySet<string>;
  /** The label put on an item whose task left the plan when `removed` is `label`. */
  removedLabel: string;
}

export interface PlanItems {
  feature: string;
  items: DesiredItem[];
}

/**
 * `(plan, remote, options) → changeset`, pure. Identity: the link in the plan first, then the
 * marker key; otherwise create. Items without a marker are never modified.
 */
export function diff(plan: PlanItems, remote: Snapshot, options: DiffOptions): Changeset {
  const byUrl = new Map<string, RemoteItem>();
  const byKey = new Map<string, RemoteItem>();
  for (const item of remote.items) {
    byUrl.set(normaliseUrl(item.ref.url), item);
    if (
      item.marker &&
      keyFeature(item.marker.key) === plan.feature &&
      !byKey.has(item.marker.key)
    ) {
      byKey.set(item.marker.key, item);
    }
  }
  const claimed = new Set<RemoteItem>();
  // Links first: a person who points a task at another issue wins over the marker.
  const matches = new Map<DesiredItem, RemoteItem | undefined>();
  for (const item of plan.items) {
    const linked = item.linkUrl ? byUrl.get(normaliseUrl(item.linkUrl)) : undefined;
    if (linked && !claimed.has(linked)) {
      claimed.add(linked);
      matches.set(item, linked);
    }
  }
  for (const item of plan.items) {
    if (matches.has(item)) continue;
    const marked = byKey.get(item.key);
    if (marked && !claimed.has(marked)) {
      claimed.add(marked);
      matches.set(item, marked);
    } else matches.set(item, undefined);
  }

  const operations: Operation[] = [];
  for (const item of plan.items) {
    operations.push(operationFor(item, matches.get(item), options));
  }
  for (const item of remote.items) {
    if (claimed.has(item) || !item.marker || keyFeature(item.marker.key) !== plan.feature) continue;
    operations.push(removedOperation(item, options));
  }
  return { feature: plan.feature, operations: orderOperations(operations) };
}

function operationFor(
  item: DesiredItem,
  remote: RemoteItem | undefined,
  options: DiffOptions,
): Operation {
  const common = { key: item.key, kind: item.kind, taskId: item.taskId };
  if (!remote) {
    return {
      op: 'create',
      ...common,
      fields: item.fields,
      marker: { key: item.key, hashes: hashFields(item.fields) },
      source: item.source,
    };
  }
  if (!remote.marker) {
    return {
      op: 'skip',
      ...common,
      remote,
      why: `linked to ${remote.ref.text}, which plansync did not create: left as it is`,
    };
  }
  const fields = withPeoplesLabels(item.fields, remote, options.ownedLabels);
  const cmp = compareFields(item.key, item.fields, remote, options.ownedLabels);
  let { changes, drift, conflicts } = cmp;
  const marker = cmp.marker;
  if (options.force && (drift.length > 0 || conflicts.length > 0)) {
    changes = [...changes, ...drift, ...conflicts];
    for (const name of [...drift, ...conflicts])
      marker.hashes[name] = hashFields(item.fields)[name];
    drift = [];
    conflicts = [];
  }
  if (conflicts.length > 0) {
    return { op: 'conflict', ...common, remote, fields, conflicts: sortFields(conflicts) };
  }
  if (changes.length > 0) {
    const onlyState = changes.length === 1 && changes[0] === 'state';
    const op = onlyState ? (item.fields.state === 'closed' ? 'close' : 'reopen') : 'update';
    return {
      op,
      ...common,
      remote,
      fields,
      marker,
      changes: sortFields(changes),
      drift: sortFields(drift),
      reason: op === 'close' ? 'done' : op === 'reopen' ? 'reopened' : 'changed',
      comment: null,
      source: item.source,
    };
  }
  if (drift.length > 0) return { op: 'drift', ...common, remote, drift: sortFields(drift) };
  return { op: 'unchanged', ...common, remote };
}

function removedOperation(remote: RemoteItem, options: DiffOptions): Operation {
  const key = remote.marker!.key;
  const taskId = remote.kind === 'task' ? key.slice(key.lastIndexOf('/') + 1) : null;
  const common = { key, kind: remote.kind, taskId };
  const current = currentFields(remote);
  if (options.removed === 'keep') {
    return { op: 'skip', ...common, remote, why: 'no longer in the plan; kept (removed: keep)' };
  }
  if (options.removed === 'label') {
    if (current.labels.includes(options.removedLabel))
      return { op: 'unchanged', ...common, remote };
    const fields = { ...current, labels: [...current.labels, options.removedLabel].sort() };
    return {
      op: 'update',
      ...common,
      remote,
      fields,
      marker: { key, hashes: { ...remote.marker!.hashes, ...pick(hashFields(fields), 'labels') } },
      changes: ['labels'],
      drift: [],
      reason: 'removed',
      comment: null,
      source: null,
    };
  }
  if (current.state === 'closed') return { op: 'unchanged', ...common, remote };
  const fields: ItemFields = { ...current, state: 'closed' };
  const what = remote.kind === 'task' ? `Task ${taskId}` : 'This phase';
  return {
    op: 'close',
    ...common,
    remote,
    fields,
    marker: { key, hashes: { ...remote.marker!.hashes, ...pick(hashFields(fields), 'state') } },
    changes: ['state'],
    drift: [],
    reason: 'removed',
    comment: `${what} is no longer in the plan, so plansync closed this ${remote.kind === 'task' ? 'issue' : 'group'}.`,
    source: null,
  };
}

/** Desired fields with the labels people put on the item kept, so writing labels keeps them. */
function withPeoplesLabels(
  fields: ItemFields,
  remote: RemoteItem,
  owned: ReadonlySet<string>,
): ItemFields {
  const theirs = (remote.fields.labels ?? []).filter((label) => !isOwnedLabel(label, owned));
  if (theirs.length === 0) return fields;
  return { ...fields, labels: [...new Set([...fields.labels, ...theirs])].sort() };
}

function currentFields(remote: RemoteItem): ItemFields {
  return {
    title: remote.fields.title ?? '',
    body: remote.fields.body ?? '',
    state: remote.fields.state ?? 'open',
    labels: remote.fields.labels ?? [],
    group: remote.fields.group ?? null,
    dependsOn: remote.fields.dependsOn ?? [],
  };
}

function pick<T extends object, K extends keyof T>(obj: T, key: K): Pick<T, K> {
  return { [key]: obj[key] } as Pick<T, K>;
}

const FIELD_ORDER: FieldName[] = ['title', 'body', 'state', 'labels', 'group', 'dependsOn'];
function sortFields(fields: FieldName[]): FieldName[] {
  return [...new Set(fields)].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
}

/** Groups before tasks, so a task's milestone exists when the task is created. */
function orderOperations(operations: Operation[]): Operation[] {
  const rank = (op: Operation) => (op.kind === 'group' ? 0 : 1);
  return operations
    .map((op, index) => ({ op, index }))
    .sort((a, b) => rank(a.op) - rank(b.op) || a.index - b.index)
    .map(({ op }) => op);
}

export function normaliseUrl(url: string): string {
  return url
    .trim()
    .replace(/\/+$/, '')
    .replace(/^http:\/\//, 'https://')
    .toLowerCase();
}
