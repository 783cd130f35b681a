import { describe, expect, it } from 'vitest';
import { applyChangesets } from '../../src/sync/apply-changesets.js';
import type { DesiredItem } from '../../src/sync/desired-items.js';
import { diff, type DiffOptions } from '../../src/sync/diff.js';
import { MemoryAdapter } from '../support/memory-adapter.js';

const options: DiffOptions = {
  force: false,
  removed: 'close',
  ownedLabels: new Set(),
  removedLabel: 'removed-from-plan',
};

function task(n: number, dependsOn: string[] = []): DesiredItem {
  const id = `T${String(n).padStart(3, '0')}`;
  return {
    key: `f/${id}`,
    kind: 'task',
    taskId: id,
    phase: '1',
    fields: {
      title: `${id} Task ${n}`,
      body: `Task ${n}`,
      state: 'open',
      labels: [],
      group: 'f/phase-1',
      dependsOn,
    },
    linkUrl: null,
    source: null,
  };
}

const group: DesiredItem = {
  key: 'f/phase-1',
  kind: 'group',
  taskId: null,
  phase: '1',
  fields: { title: 'Phase 1', body: '', state: 'open', labels: [], group: null, dependsOn: [] },
  linkUrl: null,
  source: null,
};

const items = [group, ...Array.from({ length: 8 }, (_, i) => task(i + 1))];

async function push(adapter: MemoryAdapter, list = items) {
  const snapshot = await adapter.read({ features: ['f'], links: [] });
  const changeset = diff({ feature: 'f', items: list }, snapshot, options);
  return applyChangesets(adapter, [changeset], { concurrency: 2 });
}

describe('applyChangesets', () => {
  it('creates the group before the tasks and gives each task its group id', async () => {
    const adapter = new MemoryAdapter();
    const report = await push(adapter);
    expect(report.applied.map((a) => a.status)).toEqual(Array(9).fill('created'));
    const groupId = adapter.byKey('f/phase-1')!.id;
    expect(adapter.items.size).toBe(9);
    // Batches of at most 3 (the adapter's batch size): 1 group call + 3 task calls.
    expect(adapter.calls.create).toBe(4);
    expect(groupId).toBe('1');
  });

  it('makes no write at all on a second run', async () => {
    const adapter = new MemoryAdapter();
    await push(adapter);
    adapter.resetCounts();
    const report = await push(adapter);
    expect(report.applied).toEqual([]);
    expect(adapter.writes).toBe(0);
  });

  it('keeps the other results when one item of a batch fails', async () => {
    const adapter = new MemoryAdapter();
    adapter.faults = [{ on: 'create', nth: 4, kind: 'fail' }];
    const report = await push(adapter);
    const failed = report.applied.filter((a) => a.status === 'failed');
    expect(failed.map((a) => a.op.key)).toEqual(['f/T003']);
    expect(adapter.items.size).toBe(8);
    // The next run creates only what is missing.
    adapter.resetCounts();
    const again = await push(adapter);
    expect(again.applied.map((a) => [a.op.key, a.status])).toEqual([['f/T003', 'created']]);
    expect(adapter.items.size).toBe(9);
  });

  it('finds the marker after an ambiguous create instead of creating a duplicate', async () => {
    const adapter = new MemoryAdapter();
    adapter.faults = [{ on: 'create', nth: 5, kind: 'ambiguous' }];
    const report = await push(adapter);
    expect(report.applied.every((a) => a.status === 'created')).toBe(true);
    expect(adapter.items.size).toBe(9);
    const keys = [...adapter.items.values()].map((item) => item.marker);
    expect(new Set(keys).size).toBe(9);
  });

  it('recovers through markers after a crash between create and write-back', async () => {
    const adapter = new MemoryAdapter();
    adapter.faults = [{ on: 'create', nth: 6, kind: 'crash' }];
    await push(adapter);
    // The crashed batch reported failure, though its first items were created.
    const survived = adapter.items.size;
    expect(survived).toBeGreaterThan(5);
    adapter.resetCounts();
    const again = await push(adapter);
    expect(again.applied.filter((a) => a.status === 'created').length).toBe(9 - survived);
    expect(adapter.items.size).toBe(9);
    const perKey = new Map<string, number>();
    for (const item of adapter.items.values())
      perKey.set(item.marker!, (perKey.get(item.marker!) ?? 0) + 1);
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);
  });

  it('creates a task after the tasks it depends on, so no follow-up write is needed', async () => {
    const adapter = new MemoryAdapter();
    const list = [group, task(1, ['f/T002']), task(2)];
    const report = await push(adapter, list);
    expect(report.applied.map((a) => [a.op.key, a.status])).toEqual([
      ['f/phase-1', 'created'],
      ['f/T002', 'created'],
      ['f/T001', 'created'],
    ]);
    expect(adapter.byKey('f/T001')!.fields.dependsOn).toEqual(['f/T002']);
  });

  it('sets the dependencies of a cycle in a follow-up write, once', async () => {
    const adapter = new MemoryAdapter();
    const list = [group, task(1, ['f/T002']), task(2, ['f/T001'])];
    const report = await push(adapter, list);
    const followUps = report.applied.filter((a) => a.status === 'updated');
    expect(followUps.map((a) => a.op)).toMatchObject([
      { changes: ['dependsOn'] },
      { changes: ['dependsOn'] },
    ]);
    adapter.resetCounts();
    await push(adapter, list);
    expect(adapter.writes).toBe(0);
  });

  it('stops cleanly at a rate limit and leaves the rest for the next run', async () => {
    const adapter = new MemoryAdapter();
    adapter.faults = [{ on: 'create', nth: 2, kind: 'rate-limit' }];
    const report = await applyChangesets(
      adapter,
      [diff({ feature: 'f', items }, { items: [] }, options)],
      { concurrency: 1 },
    );
    expect(report.stopped).toBe(true);
    expect(report.applied.filter((a) => a.status === 'deferred').length).toBeGreaterThan(0);
    adapter.resetCounts();
    await push(adapter);
    expect(adapter.items.size).toBe(9);
  });
});
