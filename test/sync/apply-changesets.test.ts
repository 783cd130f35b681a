import { describe, expect, it } from 'vitest';
import { applyChangesets } from '../../src/apply/apply-changesets.js';
import type { DesiredItem } from '../../src/diff/desired-items.js';
import { diff, type DiffOptions } from '../../src/diff/diff.js';
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
      container: null,
    },
    obsolete: false,
    linkUrl: null,
    source: null,
  };
}

const group: DesiredItem = {
  key: 'f/phase-1',
  kind: 'group',
  taskId: null,
  phase: '1',
  fields: {
    title: 'Phase 1',
    body: '',
    state: 'open',
    labels: [],
    group: null,
    dependsOn: [],
    container: null,
  },
  obsolete: false,
  linkUrl: null,
  source: null,
};

const items = [group, ...Array.from({ length: 8 }, (_, i) => task(i + 1))];

async function push(adapter: MemoryAdapter, list = items) {
  const snapshot = await adapter.read({ features: ['f'], links: [] });
  const changeset = diff({ feature: 'f', items: list }, snapshot, {
    ...options,
    kinds: adapter.kinds,
    parseRef: (url) => adapter.parseRef(url),
  });
  const known = new Map(
    changeset.operations.flatMap((op) =>
      'remote' in op && op.remote ? [[op.key, op.remote] as const] : [],
    ),
  );
  return applyChangesets(adapter, [changeset], { concurrency: 2, known });
}

/** A chain: each task depends on the one before it. */
function chain(length: number): DesiredItem[] {
  return Array.from({ length }, (_, i) =>
    task(i + 1, i === 0 ? [] : [`f/T${String(i).padStart(3, '0')}`]),
  );
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
    const keys = [...adapter.items.values()].map((item) => adapter.markerOf(item)?.key);
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
    for (const item of adapter.items.values()) {
      const key = adapter.markerOf(item)!.key;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);
  });

  it('creates 100 chained tasks in full batches, then sets every dependency', async () => {
    const adapter = new MemoryAdapter();
    adapter.batchSize = 50;
    const list = [group, ...chain(100)];
    const report = await push(adapter, list);
    // 1 call for the group, 2 for the tasks: dependencies never split a batch.
    expect(adapter.calls.create).toBe(3);
    expect(report.applied.filter((a) => a.status === 'failed')).toEqual([]);
    for (let n = 2; n <= 100; n++) {
      const item = adapter.byKey(`f/T${String(n).padStart(3, '0')}`)!;
      const blocker = adapter.byKey(`f/T${String(n - 1).padStart(3, '0')}`)!;
      expect(item.fields.dependsOn).toEqual([blocker.id]);
    }
    adapter.resetCounts();
    await push(adapter, list);
    expect(adapter.writes).toBe(0);
  });

  it('sets the dependencies of a cycle in the second pass, once', async () => {
    const adapter = new MemoryAdapter();
    const list = [group, task(1, ['f/T002']), task(2, ['f/T001'])];
    const report = await push(adapter, list);
    expect(report.applied.filter((a) => a.status === 'related').map((a) => a.op.key)).toEqual([
      'f/T001',
      'f/T002',
    ]);
    expect(adapter.byKey('f/T001')!.fields.dependsOn).toEqual([adapter.byKey('f/T002')!.id]);
    adapter.resetCounts();
    await push(adapter, list);
    expect(adapter.writes).toBe(0);
  });

  it('sets a dependency that failed on the next run instead of recording it as done', async () => {
    const adapter = new MemoryAdapter();
    adapter.faults = [{ on: 'relate', nth: 1, kind: 'fail' }];
    const list = [group, task(1), task(2, ['f/T001'])];
    const first = await push(adapter, list);
    expect(first.applied.filter((a) => a.status === 'failed').map((a) => a.op.key)).toEqual([
      'f/T002',
    ]);
    expect(adapter.byKey('f/T002')!.fields.dependsOn).toEqual([]);
    adapter.resetCounts();
    const second = await push(adapter, list);
    expect(second.applied.map((a) => [a.op.key, a.status])).toEqual([['f/T002', 'related']]);
    expect(adapter.byKey('f/T002')!.fields.dependsOn).toEqual([adapter.byKey('f/T001')!.id]);
    adapter.resetCounts();
    await push(adapter, list);
    expect(adapter.writes).toBe(0);
  });

  it('creates a done task open and then closes it when the tracker cannot create it closed', async () => {
    const adapter = new MemoryAdapter({ createClosed: false });
    const done = { ...task(1), fields: { ...task(1).fields, state: 'closed' as const } };
    const report = await push(adapter, [group, done]);
    expect(report.applied.map((a) => [a.op.key, a.step, a.status])).toEqual([
      ['f/phase-1', 'write', 'created'],
      ['f/T001', 'write', 'created'],
      ['f/T001', 'close-after-create', 'updated'],
    ]);
    expect(adapter.byKey('f/T001')!.fields.state).toBe('closed');
    adapter.resetCounts();
    await push(adapter, [group, done]);
    expect(adapter.writes).toBe(0);
  });

  it('stops cleanly at a rate limit and leaves the rest for the next run', async () => {
    const adapter = new MemoryAdapter();
    adapter.faults = [{ on: 'create', nth: 2, kind: 'rate-limit' }];
    const report = await applyChangesets(
      adapter,
      [diff({ feature: 'f', items }, { items: [] }, { ...options, kinds: adapter.kinds })],
      { concurrency: 1, known: new Map() },
    );
    expect(report.stopped).toBe(true);
    expect(report.applied.filter((a) => a.status === 'deferred').length).toBeGreaterThan(0);
    adapter.resetCounts();
    await push(adapter);
    expect(adapter.items.size).toBe(9);
  });
});
