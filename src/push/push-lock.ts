import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { findRepositoryRoot } from '../discover/find-repository-root.js';

export const LOCK_FILE = '.plansync.lock';

export type LockResult = { release: () => Promise<void> } | { heldBy: number; file: string };

/**
 * Takes the checkout's push lock: `.plansync.lock` at the repository root, created exclusively
 * (`wx`) and holding the pid. Two pushes in one checkout would otherwise both create every
 * new item. A lock whose process is gone (a killed run) is taken over.
 */
export async function takePushLock(cwd: string): Promise<LockResult> {
  const root = (await findRepositoryRoot(cwd)) ?? path.resolve(cwd);
  const file = path.join(root, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return { heldBy: pid, file };
    // Stale, or half-written by a run killed right after creating it.
    await rm(file, { force: true });
  }
  return { heldBy: 0, file };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
