import { describe, expect, it } from 'vitest';
import { createRequest } from '../../../src/testing/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const task = createRequest({ key: '001-auth/T001', title: 'T001 Task' });

describe('rate limits', () => {
  it('says it is waiting, and for how long, on a secondary limit, then creates the issue once', async () => {
    github.fake.faults.add({
      method: 'POST',
      path: /\/issues$/,
      kind: 'secondary-rate-limit',
      retryAfter: 1,
    });
    const adapter = github.adapter();
    await adapter.verify();

    const [result] = await adapter.create([task]);

    expect(result?.status).toBe('created');
    expect(github.progress).toEqual([
      expect.objectContaining({ kind: 'rate-limit-wait', seconds: 1 }),
    ]);
    expect(github.progress[0]?.message).toMatch(/secondary rate limit: waiting 1s/);
    expect(github.fake.state.issues(REPO)).toHaveLength(1);
    const creates = github.fake.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/issues'),
    );
    expect(creates.map((r) => r.status)).toEqual([403, 201]);
  });

  it('stops with a rate-limited failure instead of waiting longer than allowed', async () => {
    github.fake.faults.add({
      method: 'POST',
      path: /\/issues$/,
      kind: 'secondary-rate-limit',
      retryAfter: 600,
    });
    const adapter = github.adapter({ options: { maxWaitSeconds: 30 } });
    await adapter.verify();

    const [result] = await adapter.create([task]);

    expect(result?.status).toBe('failed');
    if (result?.status !== 'failed') throw new Error('unreachable');
    expect(result.error.rateLimited).toBe(true);
    expect(github.progress).toEqual([]);
    expect(github.fake.state.issues(REPO)).toEqual([]);
  });
});
