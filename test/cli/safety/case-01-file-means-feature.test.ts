import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, PLAN_MD, type Repo } from '../run-cli.js';

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => {
  ({ repo, adapter, adapters } = await memoryRepo({ 'specs/001-a/plan.md': PLAN_MD }));
  expect((await repo.cli(['push', 'specs/001-a'], { adapters })).code).toBe(0);
  adapter.resetCounts();
});
afterEach(() => repo.remove());

describe('case 1: a path to plan.md or tasks.md means its whole feature folder', () => {
  it('push specs/001-a/plan.md alone changes nothing after a full push', async () => {
    const titles = [...adapter.items.values()].map((item) => item.fields.title);
    const result = await repo.cli(['push', 'specs/001-a/plan.md'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('No changes.');
    expect(adapter.writes).toBe(0);
    expect([...adapter.items.values()].map((item) => item.fields.title)).toEqual(titles);
  });

  it('push specs/001-a/tasks.md alone keeps the phases of plan.md', async () => {
    const result = await repo.cli(['push', 'specs/001-a/tasks.md'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('No changes.');
    expect(adapter.writes).toBe(0);
  });

  it('parse of plan.md alone shows the tasks of tasks.md', async () => {
    const result = await repo.cli(['parse', 'specs/001-a/plan.md', '--json'], { adapters });
    const model = JSON.parse(result.stdout) as { features: { tasks: { title: string }[] }[] };
    expect(model.features).toHaveLength(1);
    expect(model.features[0]!.tasks.map((task) => task.title)).toContain(
      'Create project structure',
    );
  });
});
