import type { LineIndex } from './line-index.js';
import type { Problem, Severity } from './types.js';

export function problemAt(
  file: string,
  index: LineIndex,
  offset: number,
  severity: Severity,
  code: string,
  message: string,
  hint?: string,
): Problem {
  const { line, column } = index.position(offset);
  const problem: Problem = { file, line, column, severity, code, message };
  if (hint !== undefined) problem.hint = hint;
  return problem;
}
