import type { ParseResult, Problem } from './types.js';

/**
 * Every problem with a feature, sorted by file, line and column: what parsing found (ids,
 * ranges, placeholders) plus checks over the finished model.
 */
export function lintFeature(result: ParseResult): Problem[] {
  const { feature } = result;
  const problems = [...result.problems];
  const ids = new Set(feature.tasks.map((task) => task.id));

  for (const task of feature.tasks) {
    for (const dep of task.dependsOn) {
      if (ids.has(dep)) continue;
      problems.push({
        file: task.source.file,
        line: task.source.start.line,
        column: task.source.start.column,
        severity: 'warning',
        code: 'unknown-dependency',
        message: `${task.id} depends on ${dep}, which is not a task`,
        hint: 'fix the id, or add the task',
      });
    }
  }

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
