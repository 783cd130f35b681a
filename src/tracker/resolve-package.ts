import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The entry file of an adapter package installed in the user's project, found from `cwd`
 * upwards as Node would (node_modules folders), not from plansync's own install. ESM entry
 * points are honoured (`exports` with `import`/`default`, then `module`, then `main`).
 */
export function resolvePackage(name: string, cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const root = path.join(dir, 'node_modules', name);
    const manifest = path.join(root, 'package.json');
    if (existsSync(manifest)) return entryOf(root, JSON.parse(readFileSync(manifest, 'utf8')));
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

interface Manifest {
  exports?: unknown;
  module?: string;
  main?: string;
}

function entryOf(root: string, manifest: Manifest): string {
  const fromExports = exportTarget(manifest.exports);
  const entry = fromExports ?? manifest.module ?? manifest.main ?? 'index.js';
  return path.resolve(root, entry);
}

function exportTarget(exports: unknown): string | null {
  if (typeof exports === 'string') return exports;
  if (!exports || typeof exports !== 'object') return null;
  const map = exports as Record<string, unknown>;
  const dot = '.' in map ? map['.'] : Object.keys(map).some((k) => k.startsWith('.')) ? null : map;
  if (typeof dot === 'string') return dot;
  if (!dot || typeof dot !== 'object') return null;
  for (const condition of ['import', 'node', 'default', 'require']) {
    const target = exportTarget((dot as Record<string, unknown>)[condition] ?? null);
    if (target) return target;
  }
  return null;
}
