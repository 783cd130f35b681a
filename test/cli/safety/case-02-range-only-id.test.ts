import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, PLAN_MD, type Repo } from '../run-cli.js';

const PLAN = 'specs/001-a/plan.md';
const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => {
  ({ repo, adapter, adapters } = await memoryRepo({ [PLAN]: PLAN_MD }));
  expect((await repo.cli(['push'], { adapters })).code).toBe(0);
});
afterEach(() => repo.remove());

describe('case 2: an id that appears only in a plan range never overwrites its issue', () => {
  it('a task deleted from tasks.md but still in a range is closed as removed, its issue kept as it was', async () => {
    const before = adapter.byKey('001-a/T002')!;
    const { title, labels } = before.fields;
    await repo.write(TASKS, (await repo.read(TASKS)).replace(/- \[ \] T002 .*\n/, ''));

    const result = await repo.cli(['push'], { adapters });

    expect(result.code).toBe(0);
    const after = adapter.byKey('001-a/T002')!;
    expect(after.fields.title).toBe(title);
    expect(after.fields.labels).toEqual(labels);
    expect(after.fields.state).toBe('closed');
    // The body still describes the task, not a placeholder.
    expect(after.body).toContain('Configure linting');
    expect(after.body).toContain('- **Tags:** P');
    expect(result.stdout).toContain('T002');
    expect(result.stdout).toMatch(/closed: removed from the plan/);

    const lint = await repo.cli(['lint'], { adapters });
    expect(lint.stderr).toMatch(/specs\/001-a\/plan\.md:7:\d+ warning .*T002/);
  });
});
