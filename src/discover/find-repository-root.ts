import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The repository a folder belongs to: the nearest folder, from `start` upwards, holding `.git`
 * (a folder in a clone, a file in a worktree or submodule). Null outside any repository.
 */
export async function findRepositoryRoot(start: string): Promise<string | null> {
  let dir = path.resolve(start);
  for (;;) {
    if (await stat(path.join(dir, '.git')).catch(() => null)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
