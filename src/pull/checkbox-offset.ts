import type { Task } from '../plan/types.js';

// A task list item: indentation, a bullet or an ordered marker, then the checkbox.
const ITEM_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\]/;

/**
 * Offset of the character inside a task's checkbox (`[ ]` / `[x]`) in `text`, or null when the
 * task has no checkbox of its own (a heading, a table row, a range in plan.md). Pull changes
 * that one character and nothing else.
 */
export function checkboxOffset(task: Task, text: string): number | null {
  if (task.synthetic) return null;
  const start = task.source.start.offset;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  const match = ITEM_START.exec(line);
  if (!match) return null;
  return start + match[0].length - 2;
}
