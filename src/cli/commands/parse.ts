import { EXIT } from '../../errors/exit-codes.js';
import { toModelJson } from '../../plan/model-json.js';
import { type CommandContext, configFor, hasErrors, loadPlans, printProblems } from '../context.js';

/** `plansync parse [paths…] [--json]`: the parsed model, for people or machines. */
export async function parseCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  // Named files need no config: parse then reads only them (and starts without the config
  // loader and its validation). Without paths, the config's `plans` globs say what to read.
  const { plans, dir } =
    paths.length > 0 && !ctx.flags.config
      ? { plans: [], dir: ctx.io.cwd }
      : await configFor(ctx).then(({ config, dir }) => ({ plans: config.plans, dir }));
  const { results, problems } = await loadPlans(ctx, paths, plans, dir);
  printProblems(ctx, problems);
  const model = toModelJson(results);
  if (ctx.format === 'json') {
    ctx.output.out(JSON.stringify(model, null, 2));
  } else {
    for (const feature of model.features) {
      ctx.output.out(
        `${feature.id}: ${feature.phases.length} phases, ${feature.tasks.length} tasks (${feature.tasks.filter((t) => t.done).length} done)`,
      );
      for (const phase of feature.phases) {
        ctx.output.out(`  Phase ${phase.number}: ${phase.title} (${phase.tasks.length} tasks)`);
      }
      const loose = feature.tasks.filter((t) => t.phase === null).length;
      if (loose > 0) ctx.output.out(`  (no phase): ${loose} tasks`);
    }
  }
  return hasErrors(problems) ? EXIT.badInput : EXIT.ok;
}
