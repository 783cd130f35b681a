import { lintDependencies } from './lint-dependencies.js';
import type { ParseResult, Problem } from './types.js';

/**
 * Every problem with a feature, sorted by file, line and column: what parsing found (ids,
 * ranges, placeholders) plus checks over the finished model.
 */
export function lintFeature(result: ParseResult): Problem[] {
  const { feature } = result;
  const problems = [...result.problems];
  problems.push(...lintDependencies(feature));

  const file = feature.tasksFile ?? feature.planFile;
  if (feature.tasks.length === 0 && feature.tasksFile !== null && file !== null) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'warning',
      code: 'no-tasks',
      message: 'no tasks found',
      hint: 'write tasks as list items starting with an id, e.g. "- [ ] T001 Create project structure"',
    });
  }

  return problems.sort(compareProblems);
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
