import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await exec('git', args, { cwd })).stdout.trim();
}

/**
 * Makes `dir` a git repository on `main` with one commit, pushed to a bare repository that is
 * its `origin`, as actions/checkout leaves a workflow's checkout. Returns the bare folder.
 */
export async function withBareOrigin(
  dir: string,
): Promise<{ bare: string; remove(): Promise<void> }> {
  const bare = await mkdtemp(path.join(tmpdir(), 'plansync-origin-'));
  await git(bare, 'init', '--quiet', '--bare', '--initial-branch=main');
  await git(dir, 'init', '--quiet', '--initial-branch=main');
  await git(dir, 'config', 'user.name', 'A Person');
  await git(dir, 'config', 'user.email', 'person@example.com');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  await git(dir, 'add', '.');
  await git(dir, 'commit', '--quiet', '-m', 'Plan the invitations feature');
  await git(dir, 'remote', 'add', 'origin', bare);
  await git(dir, 'push', '--quiet', 'origin', 'main');
  return { bare, remove: () => rm(bare, { recursive: true, force: true }) };
}
