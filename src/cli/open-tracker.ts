import type { Config } from '../config/schema.js';
import { PlansyncError, planError } from '../errors/catalogue.js';
import { EXIT } from '../errors/exit-codes.js';
import type { ParseResult } from '../plan/types.js';
import type { Adapter } from '../diff/types.js';
import { createAdapter } from '../tracker/create-adapter.js';
import { type CommandContext, configFor, hasErrors, loadPlans, printProblems } from './context.js';

export interface OpenTracker {
  config: Config;
  results: ParseResult[];
  adapter: Adapter;
}

/**
 * What every tracker command starts with: config, plans (bad ones stop here, before any
 * request), the adapter, and its check of credentials and target.
 */
export async function openTracker(ctx: CommandContext, paths: string[]): Promise<OpenTracker> {
  const { config, file, dir } = await configFor(ctx);
  const { results, problems } = await loadPlans(ctx, paths, config.plans, dir);
  printProblems(ctx, problems);
  if (hasErrors(problems)) {
    throw planError('invalid-plan', {
      count: problems.filter((p) => p.severity === 'error').length,
    });
  }
  const adapter = await createAdapter(
    ctx.flags.tracker ?? config.tracker,
    config,
    {
      env: ctx.io.env,
      onProgress: (event) => ctx.output.err(event.message),
      log: (message) => ctx.output.debug(message),
    },
    {
      ...(ctx.io.adapters ? { extra: ctx.io.adapters } : {}),
      cwd: ctx.io.cwd,
      configFile: file,
      onSecrets: (variables) => ctx.output.maskAlso(variables),
    },
  );
  await verifyAdapter(adapter);
  return { config, results, adapter };
}

/** Runs `verify()`; a problem ends the command (exit 4 for authentication, else 1). */
async function verifyAdapter(adapter: Adapter): Promise<void> {
  const problems = await adapter.verify();
  const first = problems[0];
  if (!first) return;
  const auth = problems.find((p) => p.code === 'auth');
  throw new PlansyncError(
    auth ? 'auth-failed' : 'target-problem',
    problems.map((p) => `${adapter.name}: ${p.message}`).join('\n'),
    (auth ?? first).hint,
    auth ? EXIT.auth : EXIT.failure,
  );
}
