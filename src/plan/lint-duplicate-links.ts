import type { ParseResult, Problem, Task } from './types.js';

/**
 * Two tasks whose lines link one issue (a task line copied with its link): the link is the
 * primary pointer, so both would claim the issue and one task's push would overwrite the
 * other's. An error at each task after the first, naming where the first is.
 */
export function lintDuplicateLinks(results: ParseResult[]): Problem[] {
  const first = new Map<string, Task>();
  const problems: Problem[] = [];
  for (const { feature } of results) {
    for (const task of feature.tasks) {
      if (!task.link) continue;
      const url = task.link.url.trim();
      const earlier = first.get(url);
      if (!earlier) {
        first.set(url, task);
        continue;
      }
      const where = `${earlier.source.file}:${earlier.source.start.line}:${earlier.source.start.column}`;
      problems.push({
        file: task.source.file,
        line: task.source.start.line,
        column: task.source.start.column,
        severity: 'error',
        code: 'duplicate-link',
        message: `${task.id} links ${task.link.text}, which ${earlier.id} at ${where} already links`,
        hint: 'remove the link from the copied line; the next push creates its own issue',
      });
    }
  }
  return problems;
}
