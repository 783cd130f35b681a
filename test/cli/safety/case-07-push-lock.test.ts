import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo } from '../run-cli.js';

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));
afterEach(() => repo.remove());

describe('case 7: two pushes in one checkout at once', () => {
  it('lets one run and stops the other with a clear message, so nothing is created twice', async () => {
    const [a, b] = await Promise.all([
      repo.cli(['push'], { adapters }),
      repo.cli(['push'], { adapters }),
    ]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    const stopped = a.code === 1 ? a : b;
    expect(stopped.stderr).toContain(
      'error: Another plansync push is running in this checkout (pid',
    );
    expect(stopped.stderr).toContain('Run push again when it has finished.');
    for (const id of ['T001', 'T002', 'T003', 'T004', 'T005']) {
      expect(adapter.allByKey(`001-a/${id}`)).toHaveLength(1);
    }
    // The lock is gone once the push that held it has finished.
    expect(await readdir(repo.dir)).not.toContain('.plansync.lock');
  });

  it('refuses while another live process holds the lock, writing nothing', async () => {
    await writeFile(path.join(repo.dir, '.plansync.lock'), `${process.pid}\n`);
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`(pid ${process.pid}); nothing was done.`);
    expect(adapter.calls.read).toBe(0);
    expect(adapter.writes).toBe(0);
  });

  it('takes over a lock left by a run that was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(path.join(repo.dir, '.plansync.lock'), `${dead}\n`);
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(0);
    expect(adapter.byKey('001-a/T001')).toBeDefined();
    expect(await readdir(repo.dir)).not.toContain('.plansync.lock');
  });

  it('a preview needs no lock', async () => {
    await writeFile(path.join(repo.dir, '.plansync.lock'), `${process.pid}\n`);
    expect((await repo.cli(['diff'], { adapters })).code).toBe(0);
  });
});
