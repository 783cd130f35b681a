import { EXIT } from '../../errors/exit-codes.js';
import { type CommandContext, configFor, hasErrors, loadPlans, printProblems } from '../context.js';

/** `plansync lint [paths…]`: every problem at once as `file:line:col severity message`. */
export async function lintCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  const { config, dir } = await configFor(ctx);
  const { results, problems } = await loadPlans(ctx, paths, config.plans, dir);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (ctx.format === 'json') {
    ctx.output.out(JSON.stringify({ schemaVersion: 1, problems }, null, 2));
  } else {
    printProblems(ctx, problems);
    if (!ctx.output.quiet) {
      const files = results.reduce(
        (n, r) => n + (r.feature.planFile ? 1 : 0) + (r.feature.tasksFile ? 1 : 0),
        0,
      );
      ctx.output.err(
        problems.length === 0
          ? `${files} ${files === 1 ? 'file' : 'files'} checked: no problems.`
          : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`,
      );
    }
  }
  return hasErrors(problems) ? EXIT.badInput : EXIT.ok;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
