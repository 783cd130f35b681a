import type { DesiredItem } from './desired-items.js';
import { matchItems } from './match-items.js';
import { duplicateOperation, removedOperation } from './closing-operations.js';
import { operationFor } from './operation-for.js';
import type { Adapter, Changeset, Operation, Snapshot } from './types.js';

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
  /** What the tracker can hold, per kind (the adapter's `kinds`); without it, every field. */
  kinds?: Adapter['kinds'];
  /** The adapter's `parseRef`, to follow links in any of the tracker's URL forms. */
  parseRef?: Adapter['parseRef'];
}

export interface PlanItems {
  feature: string;
  items: DesiredItem[];
}

/**
 * `(plan, remote, options) → changeset`, pure. Identity: the link in the plan first, then the
 * marker key; otherwise create. Items without a trusted marker are never modified.
 */
export function diff(plan: PlanItems, remote: Snapshot, options: DiffOptions): Changeset {
  const matching = matchItems(plan.feature, plan.items, remote.items, {
    ...(options.parseRef ? { parseRef: options.parseRef } : {}),
  });
  // Parents that will be (re)created in this run: items placed in them are moved there, even
  // when the tracker shows them elsewhere (a milestone a person deleted or renamed).
  const recreated = new Set(
    plan.items
      .filter((item) => item.kind !== 'task' && !matching.matches.has(item))
      .map((i) => i.key),
  );
  const operations: Operation[] = [];
  for (const item of plan.items) {
    const op = operationFor(item, matching.matches.get(item), options, recreated);
    if (op) operations.push(op);
  }
  for (const { item, kept } of matching.duplicates) {
    operations.push(duplicateOperation(item, kept, options));
  }
  for (const item of matching.orphans) operations.push(removedOperation(item, options));
  for (const item of matching.untrusted) {
    if (item.marker && item.marker.key.startsWith(`${plan.feature}/`)) {
      operations.push({
        op: 'skip',
        key: item.marker.key,
        kind: item.kind,
        taskId: taskIdOf(item.marker.key, item.kind),
        remote: item,
        why: `${item.ref.text} carries a plansync marker but was made by someone not allowed to write here: ignored`,
      });
    }
  }
  return { feature: plan.feature, operations: orderOperations(operations) };
}

export function taskIdOf(key: string, kind: string): string | null {
  return kind === 'task' ? key.slice(key.lastIndexOf('/') + 1) : null;
}

/** Containers, then groups, then tasks, so a parent exists when its children are created. */
function orderOperations(operations: Operation[]): Operation[] {
  const rank = (op: Operation) => (op.kind === 'container' ? 0 : op.kind === 'group' ? 1 : 2);
  return operations
    .map((op, index) => ({ op, index }))
    .sort((a, b) => rank(a.op) - rank(b.op) || a.index - b.index)
    .map(({ op }) => op);
}

export { normaliseUrl } from './match-items.js';
