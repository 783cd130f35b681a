import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo } from '../run-cli.js';

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));
afterEach(() => repo.remove());

const groupIdOf = (key: string) => adapter.byKey(key)!.id;
const tasksOf = (groupKey: string) =>
  ['T001', 'T002', 'T003']
    .map((id) => adapter.byKey(`001-a/${id}`)!)
    .filter((item) => item.fields.group === groupIdOf(groupKey));

describe('case 12: a group that is created again takes its tasks back', () => {
  it('moves the tasks into a milestone a person deleted, once recreated, and then settles', async () => {
    expect((await repo.cli(['push'], { adapters })).code).toBe(0);
    adapter.items.delete(groupIdOf('001-a/phase-1'));

    const again = await repo.cli(['push'], { adapters });

    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/\(drift|drifted/);
    expect(tasksOf('001-a/phase-1')).toHaveLength(3);
    adapter.resetCounts();
    const settled = await repo.cli(['push'], { adapters });
    expect(settled.stdout.trim()).toBe('No changes.');
    expect(adapter.writes).toBe(0);
  });

  it('moves tasks created without their group (its create failed) into it on the next run', async () => {
    adapter.faults = [{ on: 'create', nth: 1, kind: 'fail' }];
    const first = await repo.cli(['push'], { adapters });
    expect(first.code).toBe(1);
    expect(adapter.byKey('001-a/phase-1')).toBeUndefined();
    expect(adapter.byKey('001-a/T001')!.fields.group).toBeNull();

    const second = await repo.cli(['push'], { adapters });

    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/\(drift|drifted/);
    expect(tasksOf('001-a/phase-1')).toHaveLength(3);
    adapter.resetCounts();
    expect((await repo.cli(['push'], { adapters })).stdout.trim()).toBe('No changes.');
  });
});
