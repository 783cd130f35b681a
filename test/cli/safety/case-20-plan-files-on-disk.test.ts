import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo, TASKS_MD } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));
afterEach(() => repo.remove());

describe('case 20: plansync writes only what it may, where it may', () => {
  it('refuses a tasks.md symlinked outside the repository before any remote write', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'plansync-outside-'));
    try {
      const target = path.join(outside, 'tasks.md');
      await writeFile(target, TASKS_MD);
      await rm(path.join(repo.dir, TASKS));
      await symlink(target, path.join(repo.dir, TASKS));
      const result = await repo.cli(['push'], { adapters });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${TASKS}:1:1 error resolves to`);
      expect(result.stderr).toContain('outside the repository');
      expect(adapter.writes).toBe(0);
      expect(await readFile(target, 'utf8')).toBe(TASKS_MD);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses a read-only plan with a clear error before any remote write', async () => {
    await chmod(path.join(repo.dir, TASKS), 0o444);
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${TASKS}:1:1 error is read-only, so links cannot be written back into it`,
    );
    expect(adapter.writes).toBe(0);
    expect(await repo.read(TASKS)).toBe(TASKS_MD);
  });

  it('still previews a read-only plan', async () => {
    await chmod(path.join(repo.dir, TASKS), 0o444);
    expect((await repo.cli(['diff'], { adapters })).code).toBe(0);
  });

  it('removes temp copies a killed run left, and only those', async () => {
    // A pid that has certainly exited: a child that already ran.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const folder = path.join(repo.dir, 'specs/001-a');
    const stale = `.tasks.md.plansync-${dead}-0123456789ab.tmp`;
    const live = `.tasks.md.plansync-${process.pid}-ba9876543210.tmp`;
    for (const name of [stale, live, '.tasks.md.swp'])
      await writeFile(path.join(folder, name), 'x');
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(0);
    const names = await readdir(folder);
    expect(names).not.toContain(stale);
    expect(names).toContain(live);
    expect(names).toContain('.tasks.md.swp');
  });
});
