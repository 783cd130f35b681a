import { closedMarker } from './create-marker.js';
import { taskIdOf, type DiffOptions } from './diff.js';
import { hashField } from './hash-fields.js';
import type { ItemFields, KindSpec, Operation, RemoteItem } from './types.js';

/** A marked item whose key left the plan: closed, labelled or kept, by policy. */
export function removedOperation(remote: RemoteItem, options: DiffOptions): Operation {
  const key = remote.marker!.key;
  const taskId = taskIdOf(key, remote.kind);
  const common = { key, kind: remote.kind, taskId };
  const spec = options.kinds?.[remote.kind];
  const current = currentFields(remote);
  if (options.removed === 'keep') {
    return { op: 'skip', ...common, remote, why: 'no longer in the plan; kept (removed: keep)' };
  }
  if (options.removed === 'label' && remote.kind === 'task') {
    if (current.labels.some((label) => label.toLowerCase() === options.removedLabel.toLowerCase()))
      return { op: 'unchanged', ...common, remote };
    const fields = { ...current, labels: [...current.labels, options.removedLabel].sort() };
    return {
      op: 'update',
      ...common,
      remote,
      fields,
      marker: {
        key,
        hashes: { ...remote.marker!.hashes, labels: hashField('labels', fields.labels, spec) },
      },
      changes: ['labels'],
      drift: [],
      reason: 'removed',
      comment: null,
      source: null,
    };
  }
  const what = remote.kind === 'task' ? `Task ${taskId}` : 'This phase';
  return closeOperation(common, remote, current, spec, {
    reason: 'removed',
    comment: `${what} is no longer in the plan, so plansync closed this ${noun(remote)}.`,
    source: null,
  });
}

/**
 * A second item with a key another item holds: closed as a duplicate of the kept one, once.
 * Its marker keeps its key, so the next run sees it closed and leaves it.
 */
export function duplicateOperation(
  remote: RemoteItem,
  kept: RemoteItem,
  options: DiffOptions,
): Operation {
  const key = remote.marker!.key;
  const common = { key, kind: remote.kind, taskId: taskIdOf(key, remote.kind) };
  return closeOperation(common, remote, currentFields(remote), options.kinds?.[remote.kind], {
    reason: 'duplicate',
    comment: `Duplicate of ${kept.ref.text} (${kept.ref.url}), which plansync keeps for ${key}; closed by plansync.`,
    source: null,
  });
}

/**
 * Closes `remote` with `fields` (the state set to closed) and says why; an item already
 * closed is left unchanged. Removed, duplicate and struck-out items all close this way.
 */
export function closeOperation(
  common: { key: string; kind: RemoteItem['kind']; taskId: string | null },
  remote: RemoteItem,
  fields: ItemFields,
  spec: KindSpec | undefined,
  why: { reason: 'removed' | 'duplicate' | 'obsolete'; comment: string; source: Source },
): Operation {
  if (remote.fields.state === 'closed') return { op: 'unchanged', ...common, remote };
  const closed: ItemFields = { ...fields, state: 'closed' };
  return {
    op: 'close',
    ...common,
    remote,
    fields: closed,
    marker: closedMarker(remote, closed, spec),
    changes: ['state'],
    drift: [],
    ...why,
  };
}

type Source = { file: string; line: number } | null;

function noun(remote: RemoteItem): string {
  return remote.kind === 'task' ? 'issue' : remote.kind === 'group' ? 'group' : 'container';
}

function currentFields(remote: RemoteItem): ItemFields {
  return {
    title: remote.fields.title ?? '',
    body: remote.fields.body ?? '',
    state: remote.fields.state ?? 'open',
    labels: remote.fields.labels ?? [],
    group: remote.fields.group ?? null,
    dependsOn: remote.fields.dependsOn ?? [],
    container: remote.fields.container ?? null,
  };
}
