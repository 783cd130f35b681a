import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo } from '../run-cli.js';

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));
afterEach(() => repo.remove());

const dependsOn = (key: string) =>
  adapter.byKey(key)!.fields.dependsOn.map((id) => adapter.markerOf(adapter.items.get(id)!)!.key);

describe('case 11: a dependency that failed to be set is set on the next run', () => {
  it('a refused relate leaves the dependency pending, not recorded as done', async () => {
    adapter.faults.push({ on: 'relate', nth: 1, kind: 'fail' });

    const first = await repo.cli(['push'], { adapters });

    expect(first.code).toBe(1);
    expect(dependsOn('001-a/T003')).toEqual([]);

    const second = await repo.cli(['push'], { adapters });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('No changes.');
    expect(dependsOn('001-a/T003')).toEqual(['001-a/T001']);
    expect(dependsOn('001-a/T005')).toEqual(['001-a/T004']);

    adapter.resetCounts();
    const third = await repo.cli(['push'], { adapters });
    expect(third.stdout.trim()).toBe('No changes.');
    expect(adapter.writes).toBe(0);
  });
});
