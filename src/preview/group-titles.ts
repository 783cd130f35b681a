import type { Changeset } from '../diff/types.js';
import { operationTitle } from './operation-title.js';

/** Titles of the groups of a changeset by key, so a task can say `→ Phase 2: Core`. */
export function groupTitles(changeset: Changeset): Map<string, string> {
  const titles = new Map<string, string>();
  for (const operation of changeset.operations) {
    if (operation.kind !== 'group') continue;
    const title = operationTitle(operation);
    if (title) titles.set(operation.key, title);
  }
  return titles;
}
