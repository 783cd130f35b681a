import type { Summary } from './types.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The one line a person reads last: `Plan: 3 to create, 1 to update, 1 to close, 1 conflict.`,
 * or `No changes.` when nothing would be written to the tracker or to the plan files.
 * Rarer counts (reopen, drift, files) appear only when non-zero so the usual line stays short.
 */
export function summaryLine(summary: Summary, filesToWrite: number, labelsToCreate = 0): string {
  const writes = summary.create + summary.update + summary.close + summary.reopen;
  const conflicts = plural(summary.conflict, 'conflict', 'conflicts');
  const drifted = `${summary.drift} drifted`;
  if (writes === 0 && filesToWrite === 0) {
    const notes = [
      ...(summary.conflict > 0 ? [conflicts] : []),
      ...(summary.drift > 0 ? [drifted] : []),
    ];
    return notes.length > 0 ? `No changes. ${notes.join(', ')}.` : 'No changes.';
  }
  const parts = [
    `${summary.create} to create`,
    `${summary.update} to update`,
    `${summary.close} to close`,
    ...(summary.reopen > 0 ? [`${summary.reopen} to reopen`] : []),
    conflicts,
    ...(summary.drift > 0 ? [drifted] : []),
    ...(labelsToCreate > 0 ? [`${plural(labelsToCreate, 'label', 'labels')} to create`] : []),
    ...(filesToWrite > 0 ? [`${plural(filesToWrite, 'file', 'files')} to write back`] : []),
  ];
  return `Plan: ${parts.join(', ')}.`;
}
