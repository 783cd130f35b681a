import { compareFields, isOwnedLabel } from './compare-fields.js';
import type { DesiredItem } from './desired-items.js';
import type { DiffOptions } from './diff.js';
import { closeOperation } from './closing-operations.js';
import { createMarker } from './create-marker.js';
import { hashFields } from './hash-fields.js';
import type { FieldName, ItemFields, KindSpec, Operation, RemoteItem } from './types.js';

/** The operation that makes one remote item look like the plan says (or null: nothing to do). */
export function operationFor(
  item: DesiredItem,
  remote: RemoteItem | undefined,
  options: DiffOptions,
  recreated: ReadonlySet<string> = new Set(),
): Operation | null {
  const common = { key: item.key, kind: item.kind, taskId: item.taskId };
  const spec = options.kinds?.[item.kind];
  if (!remote) {
    // A struck-out task is never created; a done one is created closed (or open, then closed).
    if (item.obsolete) return null;
    const closeAfter = item.fields.state === 'closed' && spec?.createClosed === false;
    return {
      op: 'create',
      ...common,
      fields: item.fields,
      marker: createMarker(item.key, item.fields, spec),
      source: item.source,
      closeAfter,
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
  if (item.obsolete) return obsoleteOperation(item, remote, spec);
  const fields = withPeoplesLabels(item.fields, remote, options.ownedLabels);
  const cmp = compareFields(item.key, item.fields, remote, options.ownedLabels, spec);
  let { changes, drift, conflicts } = cmp;
  const marker = cmp.marker;
  const parentsMoved = (['group', 'container'] as const).filter(
    (name) => item.fields[name] !== null && recreated.has(item.fields[name]!),
  );
  if (parentsMoved.length > 0) {
    const planHashes = hashFields(item.fields, spec);
    for (const name of parentsMoved) {
      if (!drift.includes(name) && !conflicts.includes(name)) continue;
      drift = drift.filter((n) => n !== name);
      conflicts = conflicts.filter((n) => n !== name);
      changes = [...changes, name];
      marker.hashes[name] = planHashes[name]!;
    }
  }
  if (options.force && (drift.length > 0 || conflicts.length > 0)) {
    changes = [...changes, ...drift, ...conflicts];
    const planHashes = hashFields(item.fields, spec);
    for (const name of [...drift, ...conflicts]) marker.hashes[name] = planHashes[name]!;
    drift = [];
    conflicts = [];
  }
  // The marker records a dependency only once the tracker has it: the relate pass sets it, and
  // the next read shows whether it took.
  if (changes.includes('dependsOn')) {
    const had = remote.marker.hashes.dependsOn;
    if (had === undefined) delete marker.hashes.dependsOn;
    else marker.hashes.dependsOn = had;
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

/** A struck-out task whose item exists: closed as not planned, once. */
function obsoleteOperation(
  item: DesiredItem,
  remote: RemoteItem,
  spec: KindSpec | undefined,
): Operation {
  const common = { key: item.key, kind: item.kind, taskId: item.taskId };
  return closeOperation(common, remote, item.fields, spec, {
    reason: 'obsolete',
    comment: `Task ${item.taskId} is struck out in the plan as obsolete, so plansync closed this issue as not planned.`,
    source: item.source,
  });
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

const FIELD_ORDER: FieldName[] = [
  'title',
  'body',
  'state',
  'labels',
  'group',
  'dependsOn',
  'container',
];
export function sortFields(fields: FieldName[]): FieldName[] {
  return [...new Set(fields)].sort((a, b) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b));
}
