/**
 * Reading `Blocks` links off an issue. On the dependent issue Jira lists its blocker under
 * `inwardIssue`, labelled with the type's inward words ("is blocked by"); the blocker lists
 * the dependent under `outwardIssue` ("blocks"). See api.ts for the create side.
 */
import type { WireIssue } from './wire.js';

export const BLOCKS = 'Blocks';

/** Keys of the issues that block `issue`. */
export function blockersOf(issue: WireIssue): string[] {
  return (issue.fields?.issuelinks ?? [])
    .filter((link) => link.type?.name === BLOCKS && link.inwardIssue)
    .map((link) => link.inwardIssue!.key);
}
