import { appendSummary, writeOutputs } from '../../ci/step-files.js';
import { commitBack, currentBranch } from '../../ci/commit-back.js';
import { ensurePullRequest } from '../../ci/ensure-pull-request.js';
import { type GitHubEnv, readGitHubEnv } from '../../ci/github-env.js';
import { pullRequestNumber } from '../../ci/pull-request-number.js';
import { upsertStickyComment } from '../../ci/sticky-comment.js';
import { planError } from '../../errors/catalogue.js';
import { EXIT } from '../../errors/exit-codes.js';
import type { CommandContext } from '../context.js';
import { runPull } from './pull.js';
import { type PushOutcome, runPush } from './push.js';

export interface CiFlags {
  /** Bring tracker state into the checkboxes before pushing (schedule, dispatch, push). */
  pull?: boolean;
  /** Commit and push the written plan files (default true; `--no-commit`). */
  commit?: boolean;
  /** Post the preview on the pull request (default true; `--no-comment`). */
  comment?: boolean;
  /** On a pull request: exit 3 when changes are pending. */
  exitCode?: boolean;
  /** Commit to the sync branch and open (or keep) one pull request, instead of the run's branch. */
  pullRequest?: boolean;
}

/** The branch `--pull-request` commits to. */
export const SYNC_BRANCH = 'plansync/sync';

const SYNC_EVENTS = new Set(['schedule', 'workflow_dispatch', 'push']);
const PREVIEW_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * `plansync ci`: what the GitHub Actions event calls for. A pull request gets a dry run whose
 * preview is one comment on it; a schedule, a manual dispatch or a push gets pull (optional),
 * push, and a commit of the written-back plan files.
 */
export async function ciCommand(
  ctx: CommandContext,
  paths: string[],
  flags: CiFlags,
): Promise<number> {
  const gh = readGitHubEnv(ctx.io.env);
  if (!gh.event) throw planError('ci-environment', { missing: ['GITHUB_EVENT_NAME'] });
  if (PREVIEW_EVENTS.has(gh.event)) return preview(ctx, gh, paths, flags);
  if (SYNC_EVENTS.has(gh.event)) return sync(ctx, gh, paths, flags);
  throw planError('ci-event', { event: gh.event });
}

async function preview(
  ctx: CommandContext,
  gh: GitHubEnv,
  paths: string[],
  flags: CiFlags,
): Promise<number> {
  const outcome = await runPush(ctx, paths, { dryRun: true, exitCode: flags.exitCode === true });
  if (gh.stepSummary) await appendSummary(gh.stepSummary, outcome.preview);
  if (flags.comment !== false) {
    const missing = [
      ...(gh.eventPath ? [] : ['GITHUB_EVENT_PATH']),
      ...(gh.repository ? [] : ['GITHUB_REPOSITORY']),
      ...(gh.token ? [] : ['GITHUB_TOKEN']),
    ];
    if (missing.length > 0) throw planError('ci-environment', { missing });
    const number = await pullRequestNumber(gh.eventPath!);
    if (number === null) {
      throw planError('ci-github', { detail: `No pull request number in ${gh.eventPath}.` });
    }
    const result = await upsertStickyComment(
      { apiUrl: gh.apiUrl, token: gh.token!, repository: gh.repository!, number },
      outcome.preview,
    ).catch((error: unknown) => {
      throw planError('ci-github', { detail: (error as Error).message });
    });
    ctx.output.err(`Preview comment on #${number}: ${result}.`);
  }
  await outputs(gh, outcome);
  return outcome.code;
}

async function sync(
  ctx: CommandContext,
  gh: GitHubEnv,
  paths: string[],
  flags: CiFlags,
): Promise<number> {
  const written = new Set<string>();
  let pullConflicts = 0;
  if (flags.pull) {
    const pulled = await runPull(ctx, paths, {});
    if (pulled.code !== EXIT.ok && pulled.code !== EXIT.changesPending) return pulled.code;
    pulled.written.forEach((file) => written.add(file));
    pullConflicts = pulled.conflicts;
  }
  const pushed = await runPush(ctx, paths, {});
  pushed.written.forEach((file) => written.add(file));
  // Links of what was created are committed even after a partial failure: they are the
  // pointers that keep the next run from creating the items again.
  if (flags.commit !== false) await commit(ctx, gh, [...written], flags.pullRequest === true);
  await outputs(gh, { ...pushed, conflicts: pushed.conflicts + pullConflicts });
  if (pushed.code !== EXIT.ok) return pushed.code;
  return pullConflicts > 0 ? EXIT.changesPending : EXIT.ok;
}

/** Commits the written plan files to the run's branch, or to the sync branch with a pull request. */
async function commit(
  ctx: CommandContext,
  gh: GitHubEnv,
  files: string[],
  pullRequest: boolean,
): Promise<void> {
  const base = gh.refName ?? (await currentBranch(ctx.io.cwd));
  const result = await commitBack(
    ctx.io.cwd,
    files,
    pullRequest ? { branch: SYNC_BRANCH, force: true } : { branch: base },
  );
  if (result.status === 'nothing') {
    if (!ctx.output.quiet) ctx.output.err('No plan file changed: nothing to commit.');
    return;
  }
  ctx.output.err(`Committed ${result.commit!.slice(0, 7)} to ${result.branch}.`);
  if (!pullRequest) return;
  const missing = [
    ...(gh.repository ? [] : ['GITHUB_REPOSITORY']),
    ...(gh.token ? [] : ['GITHUB_TOKEN']),
  ];
  if (missing.length > 0) throw planError('ci-environment', { missing });
  const pull = await ensurePullRequest(
    { apiUrl: gh.apiUrl, token: gh.token!, repository: gh.repository! },
    {
      head: SYNC_BRANCH,
      base,
      title: 'Sync the plan with the tracker',
      body: 'Issue links and checkboxes written back by plansync. Merge to keep the plan pointing at the tracker; the next sync replaces this branch.',
    },
  ).catch((error: unknown) => {
    throw planError('ci-github', { detail: (error as Error).message });
  });
  ctx.output.err(
    `Pull request #${pull.number} ${pull.status === 'created' ? 'opened' : 'updated'}: ${pull.url}`,
  );
}

async function outputs(gh: GitHubEnv, outcome: PushOutcome): Promise<void> {
  if (!gh.output) return;
  await writeOutputs(gh.output, {
    created: outcome.created,
    updated: outcome.updated,
    closed: outcome.closed,
    pending: outcome.pending,
    conflicts: outcome.conflicts,
  });
}
