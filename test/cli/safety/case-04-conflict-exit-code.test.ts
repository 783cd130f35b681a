import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => {
  ({ repo, adapter, adapters } = await memoryRepo());
  expect((await repo.cli(['push'], { adapters })).code).toBe(0);
});
afterEach(() => repo.remove());

/** A person renames T002 on the tracker; with `alsoInPlan`, the plan renames it too. */
async function renameT002(alsoInPlan: boolean): Promise<void> {
  adapter.byKey('001-a/T002')!.fields.title = 'Renamed by a person';
  if (alsoInPlan) {
    const text = await repo.read(TASKS);
    await repo.write(TASKS, text.replace('Configure linting', 'Configure the linter'));
  }
}

describe('case 4: conflicts and drift can gate CI', () => {
  it('diff --exit-code exits 3 on a conflict, and the hint names --force and pull', async () => {
    await renameT002(true);
    const result = await repo.cli(['diff', '--exit-code'], { adapters });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--force');
    expect(result.stderr).toContain('plansync pull');
  });

  it('diff --exit-code exits 3 on drift alone', async () => {
    await renameT002(false);
    const result = await repo.cli(['diff', '--exit-code'], { adapters });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('1 drifted');
  });

  it('diff without --exit-code still exits 0 on a conflict', async () => {
    await renameT002(true);
    expect((await repo.cli(['diff'], { adapters })).code).toBe(0);
  });

  it('push exits 3 when it skipped a conflict, writes nothing to that item and says how to resolve it', async () => {
    await renameT002(true);
    adapter.resetCounts();
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(3);
    expect(adapter.writes).toBe(0);
    expect(adapter.byKey('001-a/T002')!.fields.title).toBe('Renamed by a person');
    expect(result.stderr).toMatch(/1 conflict skipped/);
    expect(result.stderr).toContain('plansync push --force');
    expect(result.stderr).toContain('plansync pull');
  });

  it('push --force resolves the conflict and exits 0', async () => {
    await renameT002(true);
    const result = await repo.cli(['push', '--force'], { adapters });
    expect(result.code).toBe(0);
    expect(adapter.byKey('001-a/T002')!.fields.title).toContain('Configure the linter');
  });
});
