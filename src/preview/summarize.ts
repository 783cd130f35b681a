import type { Changeset } from '../diff/types.js';
import type { Summary } from './types.js';

/** Counts per operation kind, over every feature. */
export function summarize(changesets: Changeset[]): Summary {
  const summary: Summary = {
    create: 0,
    update: 0,
    close: 0,
    reopen: 0,
    conflict: 0,
    drift: 0,
    unchanged: 0,
    skip: 0,
  };
  for (const changeset of changesets) {
    for (const operation of changeset.operations) summary[operation.op] += 1;
  }
  return summary;
}
