import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The identity GitHub shows for commits made by its Actions token. */
export const BOT_NAME = 'github-actions[bot]';
export const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

export interface CommitBack {
  /** `committed` with the new commit's id, or `nothing` when no plan file changed. */
  status: 'committed' | 'nothing';
  commit?: string;
  branch?: string;
}

/**
 * Commits the plan files plansync wrote and pushes the commit to `origin`, on the branch the
 * run is on. Only the given files are staged, so anything else in the checkout stays out.
 * `[skip ci]` keeps the commit from starting the workflow again (a token's own pushes do not
 * trigger workflows either, but a personal token's would).
 */
export async function commitBack(
  cwd: string,
  files: string[],
  options: { branch?: string | null; message?: string; force?: boolean } = {},
): Promise<CommitBack> {
  const git = async (...args: string[]) => (await exec('git', args, { cwd })).stdout.trim();
  if (files.length === 0) return { status: 'nothing' };
  await git('add', '--', ...files);
  const staged = await git('diff', '--cached', '--name-only', '--', ...files);
  if (!staged) return { status: 'nothing' };
  const message =
    options.message ?? 'Sync the plan with the tracker: issue links and checkboxes [skip ci]';
  await git(
    '-c',
    `user.name=${BOT_NAME}`,
    '-c',
    `user.email=${BOT_EMAIL}`,
    'commit',
    '--quiet',
    '--message',
    message,
    '--',
    ...files,
  );
  const commit = await git('rev-parse', 'HEAD');
  const branch = options.branch || (await currentBranch(cwd));
  // A sync branch (--pull-request) is plansync's alone: each run replaces it with one commit
  // on top of the branch the run started from.
  await git(
    'push',
    '--quiet',
    ...(options.force ? ['--force'] : []),
    'origin',
    `HEAD:refs/heads/${branch}`,
  );
  return { status: 'committed', commit, branch };
}

/** The branch checked out in `cwd`. */
export async function currentBranch(cwd: string): Promise<string> {
  return (await exec('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd })).stdout.trim();
}
