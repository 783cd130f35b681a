import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { TASKS_MD } from '../run-cli.js';

let outer: string;
let repo: string;

/** `outer/` holds a config that is not the repository's; `outer/repo/` is a git checkout. */
beforeEach(async () => {
  outer = await mkdtemp(path.join(tmpdir(), 'plansync-case5-'));
  repo = path.join(outer, 'repo');
  await mkdir(path.join(repo, '.git'), { recursive: true });
  await mkdir(path.join(repo, 'specs/001-a'), { recursive: true });
  await mkdir(path.join(repo, 'specs/002-b'), { recursive: true });
  await writeFile(path.join(repo, 'specs/001-a/tasks.md'), TASKS_MD);
  await writeFile(path.join(repo, 'specs/002-b/tasks.md'), '## Phase 1: B\n\n- [ ] T001 Bee\n');
  await writeFile(
    path.join(outer, '.planrc.json'),
    JSON.stringify({ tracker: 'memory', plans: ['somewhere-else/*'] }),
  );
});
afterEach(async () => {
  await rm(outer, { recursive: true, force: true });
});

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const adapter = new MemoryAdapter();
  const code = await run(args, {
    cwd,
    env: {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    adapters: { memory: () => adapter },
  });
  return { code, stdout, stderr, adapter };
}

describe('case 5: the config is the repository’s, and its globs resolve from its folder', () => {
  it('from a feature subfolder, the plans globs resolve from the config file’s folder', async () => {
    await writeFile(
      path.join(repo, '.planrc.json'),
      JSON.stringify({ tracker: 'memory', plans: ['specs/*'] }),
    );
    const result = await cli(['diff', '--json'], path.join(repo, 'specs/001-a'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const preview = JSON.parse(result.stdout) as { features: { id: string }[] };
    expect(preview.features.map((f) => f.id).sort()).toEqual(['001-a', '002-b']);
  });

  it('names plan files relative to the current folder when found from a subfolder', async () => {
    await writeFile(
      path.join(repo, '.planrc.json'),
      JSON.stringify({ tracker: 'memory', plans: ['specs/*'] }),
    );
    await writeFile(path.join(repo, 'specs/002-b/tasks.md'), '- [ ] T001 One\n- [ ] T001 Two\n');
    const result = await cli(['lint'], path.join(repo, 'specs/001-a'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('../002-b/tasks.md:2:');
  });

  it('never loads a config from above the repository root', async () => {
    const result = await cli(['lint'], path.join(repo, 'specs'));
    // The outer config would have looked in somewhere-else/*; the defaults look in specs/*.
    expect(result.stderr).not.toContain('somewhere-else');
    expect(result.stderr).toContain('No plan documents found (looked for specs/*)');
    const fromRoot = await cli(['lint'], repo);
    expect(fromRoot.code).toBe(0);
    expect(fromRoot.stderr).toContain('2 files checked: no problems.');
  });
});
