import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** plansync's own temp name: `.<file>.plansync-<pid>-<12 hex>.tmp` (see writeFileAtomic). */
const TEMP = /^\.(.+)\.plansync-(\d+)-[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp copies that a killed run left next to a plan file. Only plansync's own names,
 * and only when the process that made them is gone, so a run still writing is never disturbed.
 * Returns the paths removed.
 */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match || match[1] !== path.basename(file) || isAlive(Number(match[2]))) continue;
    const temp = path.join(dir, name);
    await rm(temp, { force: true });
    removed.push(temp);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
