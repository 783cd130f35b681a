import { describe, expect, it } from 'vitest';
import type { WriteResult } from '../../../src/diff/types.js';
import { createRequest } from '../../../src/testing/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const task = createRequest({ key: '001-auth/T001', title: 'T001 Task', body: 'Body.' });

function failure(result: WriteResult | undefined) {
  if (result?.status !== 'failed') throw new Error(`expected a failure, got ${result?.status}`);
  return result.error;
}

function issueCreates() {
  return github.fake.requests.filter(
    (r) => r.method === 'POST' && r.path === `/repos/${REPO}/issues`,
  );
}

describe('a create that fails', () => {
  it('reports a 502 as ambiguous and does not send the create again', async () => {
    github.fake.faults.add({ method: 'POST', path: /\/issues$/, kind: 'status', status: 502 });
    const adapter = github.adapter();
    await adapter.verify();

    const error = failure((await adapter.create([task]))[0]);

    expect(error.ambiguous).toBe(true);
    expect(error.status).toBe(502);
    expect(issueCreates()).toHaveLength(1);
  });

  it('reports a dropped connection as ambiguous, and the marker finds the issue it made', async () => {
    github.fake.faults.add({ method: 'POST', path: /\/issues$/, kind: 'drop-after-commit' });
    const adapter = github.adapter();
    await adapter.verify();

    const error = failure((await adapter.create([task]))[0]);

    expect(error.ambiguous).toBe(true);
    expect(issueCreates()).toHaveLength(1);
    const recovered = await adapter.read({ features: ['001-auth'], keys: [task.key], links: [] });
    expect(recovered.items.map((item) => [item.marker?.key, item.ref.text])).toEqual([
      [task.key, '#1'],
    ]);
  });

  it('reports a validation error as a plain failure with GitHub’s words', async () => {
    github.fake.faults.add({
      method: 'POST',
      path: /\/issues$/,
      kind: 'status',
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'invalid', field: 'milestone', value: 99 }],
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const adapter = github.adapter();
    await adapter.verify();

    const error = failure((await adapter.create([task]))[0]);

    expect(error.ambiguous).toBeUndefined();
    expect(error.status).toBe(422);
    expect(error.message).toContain('Validation Failed');
    expect(error.message).toContain('milestone');
    expect(issueCreates()).toHaveLength(1);
  });

  it('goes on with the next item after a failure', async () => {
    github.fake.faults.add({ method: 'POST', path: /\/issues$/, kind: 'status', status: 502 });
    const adapter = github.adapter();
    await adapter.verify();
    const next = createRequest({ key: '001-auth/T002', title: 'T002 Task' });

    const first = await adapter.create([task]);
    const second = await adapter.create([next]);

    expect([...first, ...second].map((r) => [r.key, r.status])).toEqual([
      [task.key, 'failed'],
      [next.key, 'created'],
    ]);
    expect(github.fake.state.issues(REPO).map((issue) => issue.title)).toEqual(['T002 Task']);
  });
});
