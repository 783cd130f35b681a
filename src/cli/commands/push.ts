import path from 'node:path';
import { planError } from '../../errors/catalogue.js';
import { EXIT } from '../../errors/exit-codes.js';
import { checkPlanFiles } from '../../push/check-plan-files.js';
import { checkTitleLengths } from '../../push/check-title-lengths.js';
import { shortenedWarning } from '../../push/fit-titles.js';
import { labelsToCreate } from '../../push/labels-to-create.js';
import { executePush } from '../../apply/execute-push.js';
import { preparePush } from '../../push/prepare-push.js';
import { takePushLock } from '../../push/push-lock.js';
import { findRepository } from '../../push/repository.js';
import { writeBackRefs } from '../../apply/write-back-refs.js';
import { renderJson } from '../../preview/render-json.js';
import { renderMarkdown } from '../../preview/render-markdown.js';
import { renderText } from '../../preview/render-text.js';
import type { PreviewExtras } from '../../preview/types.js';
import type { Applied } from '../../apply/apply-changesets.js';
import { removeStaleTemps } from '../../writeback/remove-stale-temps.js';
import { type CommandContext, printProblems } from '../context.js';
import { heldBack, heldBackHint } from '../held-back.js';
import { openTracker } from '../open-tracker.js';
import { countApplied, describeApplied, summariseApplied } from '../describe-applied.js';

export interface PushFlags {
  dryRun?: boolean;
  force?: boolean;
  exitCode?: boolean;
}

const WRITE_OPS = new Set(['create', 'update', 'close', 'reopen']);

/** What a push did, counted, for `plansync ci` (its outputs and the commit). */
export interface PushOutcome {
  code: number;
  created: number;
  updated: number;
  closed: number;
  /** Writes the preview found pending; after a real push, those left for the next run. */
  pending: number;
  conflicts: number;
  /** Plan files whose links changed. */
  written: string[];
  /** The preview as markdown (a pull-request comment), whatever the output format. */
  preview: string;
}

/**
 * `plansync push [paths…]`: parse → read → diff → preview → apply → write back.
 * `--dry-run` (and `plansync diff`) stops after the preview, having written nothing anywhere.
 */
export async function pushCommand(
  ctx: CommandContext,
  paths: string[],
  flags: PushFlags,
): Promise<number> {
  return (await runPush(ctx, paths, flags)).code;
}

export async function runPush(
  ctx: CommandContext,
  paths: string[],
  flags: PushFlags,
): Promise<PushOutcome> {
  if (flags.dryRun) return pushUnlocked(ctx, paths, flags);
  // Two pushes in one checkout at once would both create every new item.
  const lock = await takePushLock(ctx.io.cwd);
  if ('heldBy' in lock) {
    throw planError('push-running', {
      pid: lock.heldBy,
      file: path.relative(ctx.io.cwd, lock.file) || lock.file,
    });
  }
  try {
    return await pushUnlocked(ctx, paths, flags);
  } finally {
    await lock.release();
  }
}

async function pushUnlocked(
  ctx: CommandContext,
  paths: string[],
  flags: PushFlags,
): Promise<PushOutcome> {
  const { output } = ctx;
  const { config, results, adapter } = await openTracker(ctx, paths);

  const prepared = await preparePush(results, adapter, config, {
    force: flags.force === true,
    cwd: ctx.io.cwd,
  });
  // What the tracker cannot accept is found before the first write, never half-way.
  const refused = checkTitleLengths(prepared, adapter.kinds);
  if (refused.length > 0) {
    printProblems(ctx, refused);
    throw planError('invalid-plan', { count: refused.length });
  }
  if (!output.quiet) printProblems(ctx, prepared.shortened.map(shortenedWarning));
  const changesets = prepared.features.map((p) => p.changeset);
  const fileChanges = prepared.features.flatMap((p) =>
    p.recorder.preview(writeBackRefs(p.result.feature, prepared.known)),
  );
  const writes = changesets.flatMap((c) => c.operations).filter((op) => WRITE_OPS.has(op.op));
  const extras = { labelsToCreate: await labelsToCreate(adapter, changesets) };
  const pending = writes.length > 0 || fileChanges.length > 0;
  const conflicts = changesets
    .flatMap((c) => c.operations)
    .filter((op) => op.op === 'conflict').length;
  const outcome = (code: number, rest: Partial<PushOutcome> = {}): PushOutcome => ({
    code,
    created: 0,
    updated: 0,
    closed: 0,
    pending: writes.length,
    conflicts,
    written: [],
    preview: renderMarkdown(changesets, fileChanges, extras),
    ...rest,
  });

  // Conflicts and drift are not written, but CI must still be able to see them.
  const held = heldBack(changesets);
  const hint = heldBackHint(held, flags.dryRun === true);

  if (flags.dryRun) {
    render(ctx, changesets, fileChanges, extras);
    if (hint) output.err(`note: ${hint}`);
    const gate = pending || held.conflicts > 0 || held.drifted > 0;
    return outcome(flags.exitCode && gate ? EXIT.changesPending : EXIT.ok);
  }
  if (ctx.format === 'text' && !output.quiet) render(ctx, changesets, fileChanges, extras);
  if (!pending) {
    if (ctx.format !== 'text') render(ctx, changesets, fileChanges, extras);
    if (hint) output.err(`note: ${hint}`);
    return outcome(held.conflicts > 0 ? EXIT.changesPending : EXIT.ok);
  }

  // Write-back must be possible before anything is written to the tracker.
  const planFiles = prepared.features.flatMap(({ result: { feature } }) =>
    [feature.planFile, feature.tasksFile].filter((file): file is string => file !== null),
  );
  const unwritable = await checkPlanFiles(planFiles, ctx.io.cwd);
  if (unwritable.length > 0) {
    printProblems(ctx, unwritable);
    throw planError('invalid-plan', { count: unwritable.length });
  }
  for (const file of planFiles) {
    for (const temp of await removeStaleTemps(path.resolve(ctx.io.cwd, file))) {
      output.debug(`removed a temp file left by an interrupted run: ${temp}`);
    }
  }

  const report = await executePush(adapter, prepared, {
    concurrency: config.concurrency,
    cwd: ctx.io.cwd,
    repository: await findRepository(ctx.io.cwd, ctx.io.env, config.repositoryUrl),
    onProgress: ({ done, total, applied }) => {
      if (!output.quiet && ctx.format === 'text')
        output.err(`[${done}/${total}] ${describeApplied(applied)}`);
    },
  });
  const failed = report.applied.filter((a) => a.status === 'failed');
  const deferred = report.applied.filter((a) => a.status === 'deferred');
  if (ctx.format === 'json') {
    const preview = JSON.parse(renderJson(changesets, fileChanges, extras)) as Record<
      string,
      unknown
    >;
    output.out(
      JSON.stringify(
        { ...preview, applied: report.applied.map(appliedJson), written: report.written },
        null,
        2,
      ),
    );
  } else if (ctx.format === 'markdown') {
    output.out(renderMarkdown(changesets, fileChanges, extras));
  }
  for (const entry of failed) output.err(`error: ${describeApplied(entry)}`);
  if (report.stopped) {
    output.err(
      `Stopped at the tracker's rate limit: ${deferred.length} left for the next run (nothing is lost; run push again later).`,
    );
  }
  if (ctx.format === 'text') {
    output.out(summariseApplied(report.applied, report.written));
  }
  const counts = countApplied(report.applied);
  const done = (code: number) =>
    outcome(code, {
      created: counts.created,
      updated: counts.updated,
      closed: counts.closed,
      pending: deferred.length,
      written: report.written,
    });
  if (report.authFailed) {
    output.err(
      `The tracker refused the credentials during the run: ${failed.length} failed. Check the token's variable and its access, then run push again.`,
    );
    return done(EXIT.auth);
  }
  if (hint) output.err(`note: ${hint}`);
  if (failed.length > 0) return done(EXIT.failure);
  if (deferred.length > 0 || held.conflicts > 0) return done(EXIT.changesPending);
  return done(EXIT.ok);
}

function render(
  ctx: CommandContext,
  changesets: Parameters<typeof renderText>[0],
  files: Parameters<typeof renderText>[1],
  extras: PreviewExtras,
): void {
  if (ctx.format === 'json') ctx.output.out(renderJson(changesets, files, extras));
  else if (ctx.format === 'markdown') ctx.output.out(renderMarkdown(changesets, files, extras));
  else ctx.output.out(renderText(changesets, files, { color: ctx.output.color, ...extras }));
}

function appliedJson(entry: Applied) {
  return {
    feature: entry.feature,
    key: entry.op.key,
    taskId: entry.op.taskId,
    op: entry.op.op,
    step: entry.step,
    status: entry.status,
    ref: entry.item?.ref ?? null,
    error: entry.error?.message ?? null,
  };
}
