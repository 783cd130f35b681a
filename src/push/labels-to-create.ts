import type { Adapter, Changeset } from '../diff/types.js';

/**
 * The labels a push would create on the tracker, for the preview to list: those its writes
 * carry that the tracker does not have. Asked only when a write carries labels, so a no-op
 * push costs no request; adapters without `missingLabels` create none.
 */
export async function labelsToCreate(adapter: Adapter, changesets: Changeset[]): Promise<string[]> {
  if (!adapter.missingLabels) return [];
  const names = new Set<string>();
  for (const changeset of changesets) {
    for (const op of changeset.operations) {
      const writesLabels =
        op.op === 'create' ||
        ((op.op === 'update' || op.op === 'close' || op.op === 'reopen') &&
          op.changes.includes('labels'));
      if (writesLabels) for (const label of op.fields.labels) names.add(label);
    }
  }
  if (names.size === 0) return [];
  return [...(await adapter.missingLabels([...names]))].sort((a, b) => a.localeCompare(b));
}
