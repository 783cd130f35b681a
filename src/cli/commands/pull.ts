import path from 'node:path';
import { EXIT } from '../../errors/exit-codes.js';
import { writeBackDiff } from '../../preview/write-back-diff.js';
import { preparePush } from '../../push/prepare-push.js';
import { findRepository, sourceFooter } from '../../push/repository.js';
import { planPull } from '../../pull/plan-pull.js';
import { refreshMarkers } from '../../pull/refresh-markers.js';
import { pullJson, renderPull } from '../../pull/render-pull.js';
import { writeFileAtomic } from '../../writeback/write-file-atomic.js';
import type { CommandContext } from '../context.js';
import { openTracker } from '../open-tracker.js';

export interface PullFlags {
  dryRun?: boolean;
}

/**
 * `plansync pull [paths…]`: tracker state → checkboxes. Reads like push (nothing is written to
 * the tracker but the markers of the tasks it brings along), changes only checkbox characters,
 * and writes each plan file atomically, or not at all when nothing in it changes.
 */
export async function pullCommand(
  ctx: CommandContext,
  paths: string[],
  flags: PullFlags,
): Promise<number> {
  return (await runPull(ctx, paths, flags)).code;
}

/** What a pull did, for `plansync ci`: its exit code, conflicts, and the files it wrote. */
export interface PullOutcome {
  code: number;
  conflicts: number;
  written: string[];
}

export async function runPull(
  ctx: CommandContext,
  paths: string[],
  flags: PullFlags,
): Promise<PullOutcome> {
  const { output } = ctx;
  const { config, results, adapter } = await openTracker(ctx, paths);
  const prepared = await preparePush(results, adapter, config, { force: false, cwd: ctx.io.cwd });
  const plan = planPull(
    prepared.features.map((f) => f.result),
    prepared.known,
    adapter.kinds.task,
  );
  const conflicts = plan.outcomes.filter((o) => o.status === 'conflict').length;
  const exit = conflicts > 0 ? EXIT.changesPending : EXIT.ok;

  if (flags.dryRun) {
    if (ctx.format === 'json') output.out(JSON.stringify(pullJson(plan, []), null, 2));
    else {
      for (const file of plan.files) output.out(writeBackDiff(file));
      output.out(renderPull(plan));
    }
    return { code: exit, conflicts, written: [] };
  }

  const written: string[] = [];
  for (const file of plan.files) {
    // The file must still hold what was parsed: an edit made meanwhile is never overwritten.
    const result = await writeFileAtomic(path.resolve(ctx.io.cwd, file.file), file.after, {
      expected: file.before,
    });
    if (result === 'written') written.push(file.file);
  }

  // Only after the plan holds the new state: a marker ahead of the plan would make the next
  // push send the old box back to the tracker.
  const repository = await findRepository(ctx.io.cwd, ctx.io.env, config.repositoryUrl);
  const desired = new Map(prepared.features.flatMap((f) => f.items.map((i) => [i.key, i])));
  const refreshed = await refreshMarkers(adapter, plan.refresh, desired, {
    kinds: adapter.kinds,
    itemOf: (key) => (key ? prepared.known.get(key) : undefined),
    footer: sourceFooter(repository, ctx.io.cwd),
    namespace: repository.webUrl ?? '',
  });
  const failed = refreshed.filter((r) => r.status === 'failed');

  if (ctx.format === 'json') output.out(JSON.stringify(pullJson(plan, written), null, 2));
  else {
    output.out(renderPull(plan));
    if (written.length > 0) output.out(`Checkboxes written to ${written.join(', ')}.`);
  }
  for (const failure of failed) {
    output.err(
      `error: could not record the state on ${failure.key}: ${failure.status === 'failed' ? failure.error.message : ''} (run pull again)`,
    );
  }
  return { code: failed.length > 0 ? EXIT.failure : exit, conflicts, written };
}
