import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository folder. Scripts run from their compiled copy under `dist-dev/`, so the root
 * is found by walking up to the folder that holds `bin/plansync.js`, not by a fixed `../..`.
 */
export function repoRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'bin', 'plansync.js'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no bin/plansync.js above ${from}`);
    dir = parent;
  }
}
