import type { Feature, Problem, Task } from './types.js';

/**
 * `depends on` problems, as errors: a dependency on an id that is not a task can never be set
 * on the tracker, and a cycle cannot be held by any tracker's blocked-by links; either would
 * leave a push half-done or pending forever.
 */
export function lintDependencies(feature: Feature): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(feature.tasks.map((task) => [task.id, task]));

  for (const task of feature.tasks) {
    for (const dep of task.dependsOn) {
      if (byId.has(dep)) continue;
      problems.push(
        at(task, 'unknown-dependency', `${task.id} depends on ${dep}, which is not a task`, {
          hint: 'fix the id, or add the task',
        }),
      );
    }
  }

  // Depth-first search; each cycle is reported once, at the task where it is first entered.
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (task: Task): void => {
    state.set(task.id, 'visiting');
    stack.push(task.id);
    for (const dep of task.dependsOn) {
      const next = byId.get(dep);
      if (!next) continue;
      if (state.get(dep) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep];
        const first = byId.get(cycle[0]!)!;
        problems.push(
          at(first, 'dependency-cycle', `dependency cycle: ${cycle.join(' → ')}`, {
            hint: 'remove one of the "depends on" notes so the order has a start',
          }),
        );
      } else if (!state.has(dep)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(task.id, 'done');
  };
  for (const task of feature.tasks) if (!state.has(task.id)) visit(task);
  return problems;
}

function at(task: Task, code: string, message: string, extra: { hint: string }): Problem {
  return {
    file: task.source.file,
    line: task.source.start.line,
    column: task.source.start.column,
    severity: 'error',
    code,
    message,
    hint: extra.hint,
  };
}
