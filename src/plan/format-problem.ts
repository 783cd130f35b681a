import type { Problem } from './types.js';

/** `specs/001-auth/tasks.md:14:3 error duplicate task id T012 (first at 9:3)`, then the hint. */
export function formatProblem(p: Problem): string {
  const line = `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`;
  return p.hint ? `${line}\n  hint: ${p.hint}` : line;
}
