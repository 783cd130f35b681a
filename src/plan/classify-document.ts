import { basename } from 'node:path';

export type DocumentRole = 'plan' | 'tasks';

const planSignals =
  /^#{1,6}[ \t]+(?:\d+\.\s*)?Implementation Phases\b|^[ \t]*[-*+][ \t]+(?:\*\*|__)?Tasks(?:\*\*|__)?[ \t]*[:：]/im;

/**
 * Whether a markdown file is a plan or a task list. The name decides first (`plan.md`,
 * `implementation-plan.md`); otherwise a file is a plan when it has the plan family's marks,
 * an `## Implementation Phases` heading or a `- Tasks: T001-T005` item, which task lists
 * never have. Everything else is a task list.
 */
export function classifyDocument(path: string, text: string): DocumentRole {
  if (/plan/i.test(basename(path))) return 'plan';
  return planSignals.test(text) ? 'plan' : 'tasks';
}
