import { lintDependencies } from './lint-dependencies.js';
import type { Feature, ParseResult, Problem, Task } from './types.js';

/**
 * Every problem with a feature, sorted by file, line and column: what parsing found (ids,
 * ranges, placeholders) plus checks over the finished model.
 */
export function lintFeature(result: ParseResult): Problem[] {
  const { feature } = result;
  const problems = [...result.problems];
  problems.push(...lintDependencies(feature));

  problems.push(...tasksWithoutPhase(feature));

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

/**
 * Tasks outside every phase in a plan that has phases: usually they sit under a heading the
 * parser did not read as a phase (`## Stage 2b`), and would be pushed without a milestone.
 * One warning per run of such tasks: `T007–T014 have no phase`.
 */
function tasksWithoutPhase(feature: Feature): Problem[] {
  if (feature.phases.length === 0) return [];
  const runs: Task[][] = [];
  let run: Task[] | null = null;
  for (const task of feature.tasks) {
    if (task.synthetic) continue;
    if (task.phase !== null) {
      run = null;
      continue;
    }
    if (!run) runs.push((run = []));
    run.push(task);
  }
  return runs.map((tasks) => {
    const first = tasks[0] as Task;
    const last = tasks[tasks.length - 1] as Task;
    const message =
      tasks.length === 1 ? `${first.id} has no phase` : `${first.id}–${last.id} have no phase`;
    return {
      file: first.source.file,
      line: first.source.start.line,
      column: first.source.start.column,
      severity: 'warning' as const,
      code: 'no-phase',
      message,
      hint: 'put the tasks under a phase heading such as "## Phase 2: Name"',
    };
  });
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
