import path from 'node:path';
import type { ParseResult, Problem } from '../plan/types.js';

/**
 * Drops the feature folders that a `plans` glob found but that have nothing to sync yet: a
 * folder with only `spec.md` (the normal state right after a feature is specified) or an
 * unfilled template. Each becomes one warning, so a new feature never stops a scheduled sync.
 * Only for folders found by globs: a path named on the command line still errors.
 */
export function skipUnready(
  results: ParseResult[],
  problems: Problem[],
  cwd: string,
): { results: ParseResult[]; problems: Problem[] } {
  const kept: Problem[] = [];
  for (const problem of problems) {
    if (problem.code === 'empty-folder') {
      kept.push(skipped(problem.file, 1, 1, 'no plan.md or tasks.md yet'));
    } else {
      kept.push(problem);
    }
  }
  const keptResults: ParseResult[] = [];
  const dropped = new Set<string>();
  for (const result of results) {
    const placeholder = unfilledTemplate(result, kept);
    if (!placeholder) {
      keptResults.push(result);
      continue;
    }
    const { feature } = result;
    for (const file of [feature.planFile, feature.tasksFile]) {
      if (file !== null) dropped.add(path.resolve(cwd, file));
    }
    kept.push(
      skipped(
        placeholder.file,
        placeholder.line,
        placeholder.column,
        `an unfilled template (${placeholder.message.replace(/^unfilled template placeholder /, '')})`,
      ),
    );
  }
  return {
    results: keptResults,
    problems: kept.filter(
      (p) => p.code === 'skipped-folder' || !dropped.has(path.resolve(cwd, p.file)),
    ),
  };
}

/** The first placeholder of a feature whose only errors are template placeholders. */
function unfilledTemplate(result: ParseResult, problems: Problem[]): Problem | null {
  const { feature } = result;
  const files = new Set([feature.planFile, feature.tasksFile].filter((f) => f !== null));
  const errors = problems.filter((p) => files.has(p.file) && p.severity === 'error');
  if (errors.length === 0 || errors.some((p) => p.code !== 'placeholder')) return null;
  return errors[0]!;
}

function skipped(file: string, line: number, column: number, why: string): Problem {
  return {
    file,
    line,
    column,
    severity: 'warning',
    code: 'skipped-folder',
    message: `nothing to sync yet (${why}); skipped`,
    hint: 'it is synced once it has tasks; name it on the command line to see every problem',
  };
}
