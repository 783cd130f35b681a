/**
 * A third-party adapter, installed in a user's project next to a packed plansync, as it
 * would be from the registry: loaded by `tracker: "<its name>"`, its config section checked by
 * its own schema, its secret masked everywhere, and plansync's exported contract suite run
 * from that project. One slow test file: it installs packages into a temporary folder.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/workspace.js';

const exec = promisify(execFile);
const SECRET = 'fx-session-1c9d0f7e2b';
let project: string;
let bin: string;

async function run(args: string[], env: Record<string, string> = {}) {
  return exec(process.execPath, [bin, ...args], {
    cwd: project,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: project,
      FIXTURE_SESSION: SECRET,
      NO_COLOR: '1',
      ...env,
    },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

async function config(adapter: Record<string, unknown>) {
  await writeFile(
    path.join(project, '.planrc.json'),
    JSON.stringify({ tracker: 'plansync-adapter-fixture', adapter }),
  );
}

/**
 * The packed tarball is unpacked as npm would install it, in a folder of its own (like a
 * global or npx install), and linked into the project; its dependencies are the ones this
 * repository locked. plansync must find the adapter from the project, not from its own folder.
 */
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'plansync-third-party-'));
  const tools = path.join(project, '.tools');
  await mkdir(path.join(tools, 'node_modules'), { recursive: true });
  await mkdir(path.join(project, 'app/node_modules'), { recursive: true });
  const { stdout } = await exec(
    'npm',
    ['pack', '--silent', '--ignore-scripts', '--pack-destination', tools],
    { cwd: ROOT },
  );
  const tarball = path.join(tools, stdout.trim().split('\n').at(-1)!);
  const plansync = path.join(tools, 'node_modules/plansync');
  await mkdir(plansync);
  await exec('tar', ['-xzf', tarball, '-C', plansync, '--strip-components=1']);
  await symlink(path.join(ROOT, 'node_modules'), path.join(plansync, 'node_modules'));
  project = path.join(project, 'app');
  await symlink(plansync, path.join(project, 'node_modules/plansync'));
  await symlink(path.join(ROOT, 'node_modules/vitest'), path.join(project, 'node_modules/vitest'));
  await cp(
    path.join(ROOT, 'test/fixtures/plansync-adapter-fixture'),
    path.join(project, 'node_modules/plansync-adapter-fixture'),
    { recursive: true },
  );
  await cp(
    path.join(ROOT, 'test/fixtures/plansync-adapter-fixture/contract.test.js'),
    path.join(project, 'contract.test.js'),
  );
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'a-users-project', private: true, type: 'module' }),
  );
  await cp(path.join(ROOT, 'examples/specs'), path.join(project, 'specs'), { recursive: true });
  bin = path.join(plansync, 'bin/plansync.js');
}, 120_000);

afterAll(async () => {
  if (project) await rm(path.dirname(project), { recursive: true, force: true });
});

describe('an adapter package installed in the user’s project', () => {
  it('is loaded by its name, pushes, and writes its links into the plan', async () => {
    await config({ stateFile: 'tracker.json' });
    const result = await run(['push']);
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    const tracker = JSON.parse(await readFile(path.join(project, 'tracker.json'), 'utf8'));
    expect(Object.keys(tracker.items).length).toBeGreaterThan(5);
    const tasks = await readFile(path.join(project, 'specs/001-demo/tasks.md'), 'utf8');
    expect(tasks).toMatch(/\[FX-\d+\]\(https:\/\/fixture\.example\/items\/\d+\)/);
    expect((await run(['push'])).stdout.trim()).toBe('No changes.');
  });

  it('has its config section checked by its own schema: exit 2, with the path', async () => {
    await config({ stateFile: 5 });
    const result = await run(['push']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('adapter.stateFile: expected a file name');
  });

  it('never prints its secret, not even in an error that echoes it', async () => {
    await config({ stateFile: 'tracker.json', failOn: 'read' });
    const failing = await run(['push', '--verbose']);
    await config({ stateFile: 'tracker.json' });
    expect(failing.code).toBe(1);
    expect(`${failing.stdout}${failing.stderr}`).not.toContain(SECRET);
    expect(failing.stderr).toContain('upstream refused session ***');
  });

  it('passes plansync’s exported contract suite, run from that project', async () => {
    const result = await exec(
      process.execPath,
      [
        path.join(project, 'node_modules/vitest/vitest.mjs'),
        'run',
        'contract.test.js',
        '--root',
        project,
      ],
      { cwd: project, env: { PATH: process.env.PATH ?? '', HOME: project, CI: '', NO_COLOR: '1' } },
    );
    expect(result.stdout).toMatch(/Tests +18 passed \(18\)/);
    expect(result.stdout).not.toMatch(/failed|skipped/);
  });
});
