import { describe, expect, it } from 'vitest';
import { createRequest } from '../../../src/testing/requests.js';
import { seedProject } from '../../fakes/linear/seed.js';
import { useLinearHarness } from './harness.js';

const linear = useLinearHarness();

async function ready() {
  const project = seedProject(linear.fake, 'Plans');
  const adapter = linear.adapter({ options: { project: project.id } });
  expect(await adapter.verify()).toEqual([]);
  return { adapter, project };
}

const task = (
  n: number,
  extra: Parameters<typeof createRequest>[0] extends infer R ? Partial<R> : never = {},
) =>
  createRequest({
    key: `001-demo/T${String(n).padStart(3, '0')}`,
    title: `T${String(n).padStart(3, '0')} Task ${n}`,
    body: `Task ${n}.`,
    ...extra,
  });

describe('creating issues in batches', () => {
  it('creates 120 tasks in three issueBatchCreate requests of at most 50, each with its client id', async () => {
    const { adapter } = await ready();
    const requests = Array.from({ length: 120 }, (_, i) => task(i + 1, { labels: ['US1'] }));
    const mark = linear.fake.requests.length;
    const results = [];
    for (let at = 0; at < requests.length; at += adapter.batchSize) {
      results.push(...(await adapter.create(requests.slice(at, at + adapter.batchSize))));
    }
    expect(results.every((r) => r.status === 'created')).toBe(true);
    const creates = linear.fake.requests
      .slice(mark)
      .filter((r) => r.operation === 'PlansyncCreateIssues');
    expect(creates.map((r) => (r.variables.input as { issues: unknown[] }).issues.length)).toEqual([
      50, 50, 20,
    ]);
    expect(linear.fake.state.issues.map((i) => i.id).sort()).toEqual(
      requests.map((r) => r.clientId).sort(),
    );
    // The label is listed once and created once, in the first batch's turn.
    expect(
      linear
        .operations(mark)
        .filter((op) => op.startsWith('PlansyncLabels') || op === 'PlansyncCreateLabels'),
    ).toEqual(['PlansyncLabels', 'PlansyncCreateLabels']);
    expect(linear.fake.unmodelled).toEqual([]);
  });

  it('reads a feature of 600 tasks in three issue pages plus the project', async () => {
    const { adapter } = await ready();
    const requests = Array.from({ length: 600 }, (_, i) => task(i + 1));
    for (let at = 0; at < requests.length; at += 50)
      await adapter.create(requests.slice(at, at + 50));
    const mark = linear.fake.requests.length;
    const snapshot = await adapter.read({ features: ['001-demo'], links: [] });
    expect(snapshot.items).toHaveLength(600);
    expect(linear.operations(mark)).toEqual([
      'PlansyncProject',
      'PlansyncIssues',
      'PlansyncIssues',
      'PlansyncIssues',
    ]);
    expect(
      Math.max(...linear.fake.requests.slice(mark).map((r) => r.complexity ?? 0)),
    ).toBeLessThan(7500);
  });

  it('isolates a refused input: the others of its batch are created one by one', async () => {
    const { adapter } = await ready();
    const good = [task(1), task(3)];
    const bad = task(2, {
      groupId: '00000000-0000-4000-8000-000000000000',
      group: '001-demo/phase-9',
    });
    const results = await adapter.create([good[0]!, bad, good[1]!]);
    expect(results.map((r) => r.status)).toEqual(['created', 'failed', 'created']);
    expect(linear.fake.state.issues.map((i) => i.title).sort()).toEqual([
      'T001 Task 1',
      'T003 Task 3',
    ]);
  });
});
