/**
 * What the published package holds, read from `npm pack --dry-run --json` (the list npm would
 * upload): the CLI prebuilt, no source maps without their sources, no script that runs on
 * install, links in the README that work on the package's page, and a dependency tree whose
 * engines all admit the oldest Node plansync supports.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/workspace.js';
import { satisfies } from './node-range.js';

const exec = promisify(execFile);
const REPOSITORY = 'https://github.com/plansync/plansync';
let files: string[];
let manifest: Record<string, unknown> & { scripts: Record<string, string> };

beforeAll(async () => {
  const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
  });
  files = (JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
  manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
}, 60_000);

describe('the packed package', () => {
  it('holds the CLI already built, so installing it compiles nothing', () => {
    expect(files).toContain('bin/plansync.js');
    expect(files).toContain('dist/src/cli/run.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files.some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toBe(false);
  });

  it('ships no source maps, since it ships no sources for them to point at', async () => {
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.some((file) => file.startsWith('src/'))).toBe(false);
    const run = await readFile(path.join(ROOT, 'dist/src/cli/run.js'), 'utf8');
    expect(run).not.toContain('sourceMappingURL');
  });

  it('runs no script when installed (prepare runs only in a clone or a git install)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall']) {
      expect(manifest.scripts[hook], hook).toBeUndefined();
    }
    expect(manifest.scripts.prepare).toBe('tsc -p tsconfig.build.json');
  });

  it('names its repository, home page and issue tracker', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(manifest.homepage).toBe(`${REPOSITORY}#readme`);
    expect(manifest.bugs).toEqual({ url: `${REPOSITORY}/issues` });
  });

  it('has a README whose links all work from the package page', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) {
      if (target.startsWith('#')) continue;
      if (/^[a-z]+:/i.test(target)) {
        // Links into the repository must name a file that exists in it.
        const inRepo = target.startsWith(`${REPOSITORY}/blob/main/`);
        if (inRepo) expect(existsSync(path.join(ROOT, target.split('/blob/main/')[1]!))).toBe(true);
        continue;
      }
      expect(files, `README links to ${target}, which is not in the package`).toContain(
        target.replace(/#.*$/, '').replace(/^\.\//, ''),
      );
    }
  });

  it('relies on no overrides, which would not reach the projects that install it', () => {
    expect(manifest.overrides).toBeUndefined();
  });

  it('depends only on packages whose engines admit Node 20.19', async () => {
    const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
    };
    const refused = Object.entries(lock.packages)
      .filter(([key]) => key !== '')
      .flatMap(([key, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !satisfies('20.19.0', range) ? [`${key} (node ${range})`] : [];
      });
    expect(refused).toEqual([]);
  });
});

describe('the engines range check used above', () => {
  it.each([
    ['>=18', true],
    ['>=22', false],
    ['^20.19.0 || >=22.12.0', true],
    ['>=23.5.0 || ^22.13.0 || ^20.17.0', true],
    ['>= 0.4', true],
    ['6.* || 8.* || >= 10.*', true],
    ['^10 || ^12 || >=14', true],
    ['^20.0.0 || ^22.0.0 || >=24.0.0', true],
    ['^20.20.0 || >=22', false],
    ['~14.17', false],
    ['10 - 12', false],
    ['<20.19.1', true],
  ])('20.19.0 against %s: %s', (range, expected) => {
    expect(satisfies('20.19.0', range)).toBe(expected);
  });
});
