import { describe, expect, it } from 'vitest';
import { createRequest } from '../../../src/testing/requests.js';
import { seedProject } from '../../fakes/linear/seed.js';
import { useLinearHarness } from './harness.js';

const linear = useLinearHarness();

const request = createRequest({ key: '001-demo/T001', title: 'T001 Create project structure' });

describe("Linear's rate limit", () => {
  it('waits out a short ratelimited answer, says so, and creates the issue once', async () => {
    const project = seedProject(linear.fake);
    const adapter = linear.adapter({ options: { project: project.id } });
    await adapter.verify();
    linear.fake.faults.add({ operation: 'issueBatchCreate', kind: 'ratelimited', resetMs: 1200 });
    const started = Date.now();
    const [result] = await adapter.create([request]);
    expect(result?.status).toBe('created');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(linear.progress).toHaveLength(1);
    expect(linear.progress[0]!.message).toMatch(
      /^Linear rate limit: waiting [12]s before retrying PlansyncCreateIssues$/,
    );
    expect(linear.fake.state.issues).toHaveLength(1);
  });

  it('stops cleanly, rate limited, when the wait is longer than maxWaitSeconds', async () => {
    const project = seedProject(linear.fake);
    const adapter = linear.adapter({ options: { project: project.id, maxWaitSeconds: 30 } });
    await adapter.verify();
    linear.fake.faults.add({
      operation: 'issueBatchCreate',
      kind: 'ratelimited',
      resetMs: 120_000,
    });
    const [result] = await adapter.create([request]);
    expect(result).toMatchObject({ status: 'failed', error: { rateLimited: true } });
    if (result?.status === 'failed') expect(result.error.message).toMatch(/wait of 120s/);
    expect(linear.progress).toEqual([]);
    expect(linear.fake.state.issues).toEqual([]);
  });

  it('finds its issue after a connection dropped behind a committed batch', async () => {
    const project = seedProject(linear.fake);
    const adapter = linear.adapter({ options: { project: project.id } });
    await adapter.verify();
    linear.fake.faults.add({ operation: 'issueBatchCreate', kind: 'drop-after-commit' });
    const [result] = await adapter.create([request]);
    expect(result).toMatchObject({ status: 'failed', error: { ambiguous: true } });
    expect(await adapter.recover!([request])).toMatchObject([
      { status: 'found', item: { id: 'ENG-1' } },
    ]);
    // Sent again anyway, the batch is refused for its id, and the issue found is the one answered.
    const [again] = await adapter.create([request]);
    expect(again).toMatchObject({ status: 'created', item: { id: 'ENG-1' } });
    expect(linear.fake.state.issues).toHaveLength(1);
  });
});
