/**
 * The packed tarball installed into a new project with plain `npm install`, as a user would:
 * the output has no EBADENGINE warning on this Node, no lifecycle script of plansync runs, and
 * `plansync` works afterwards. One slow test: it resolves the dependencies from the registry
 * (the npm cache first). Without a registry to reach it is skipped, and says why.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/workspace.js';

const exec = promisify(execFile);
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENOTCACHED|ETIMEDOUT|ENETUNREACH/;
let project: string;
let install: { code: number; output: string };

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'plansync-consumer-'));
  const { stdout } = await exec(
    'npm',
    ['pack', '--silent', '--ignore-scripts', '--pack-destination', project],
    { cwd: ROOT },
  );
  const tarball = path.join(project, stdout.trim().split('\n').at(-1)!);
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'a-users-project', version: '1.0.0', private: true }),
  );
  // --foreground-scripts prints every lifecycle script npm runs, so one that ran would show.
  const args = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--foreground-scripts'];
  install = await exec('npm', [...args, tarball], { cwd: project, timeout: 240_000 }).then(
    (r) => ({ code: 0, output: `${r.stdout}${r.stderr}` }),
    (e: { code: number; stdout?: string; stderr?: string }) => ({
      code: e.code,
      output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    }),
  );
}, 300_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('npm install of the packed plansync in a new project', () => {
  it('installs without an engine warning and runs none of plansync’s scripts', (ctx) => {
    if (install.code !== 0 && OFFLINE.test(install.output)) {
      ctx.skip(`no registry reachable: ${OFFLINE.exec(install.output)![0]}`);
    }
    expect(install.output).not.toMatch(/EBADENGINE/i);
    expect(install.output).not.toMatch(
      /^> plansync@[^ ]+ (preinstall|install|postinstall|prepare)/m,
    );
    expect(install.code).toBe(0);
  });

  it('gives a working plansync command', async (ctx) => {
    if (install.code !== 0) ctx.skip('the install above did not finish');
    const bin = path.join(project, 'node_modules/.bin/plansync');
    const { stdout } = await exec(bin, ['--version'], { cwd: project });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
