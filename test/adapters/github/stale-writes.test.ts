import { describe, expect, it } from 'vitest';
import { closeRequest, createRequest, updateRequest } from '../../../src/testing/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const task = createRequest({ key: '001-auth/T001', title: 'T001 Task', body: 'Owned text.' });

async function createdAndRead() {
  const adapter = github.adapter();
  await adapter.verify();
  await adapter.create([task]);
  const [remote] = (await adapter.read({ features: ['001-auth'], links: [] })).items;
  return { adapter, remote: remote! };
}

describe('writes that race with people', () => {
  it('case 13: keeps a body edit a person made after the read and before the write', async () => {
    const { adapter, remote } = await createdAndRead();
    const issue = github.fake.state.issue(REPO, 1)!;
    issue.body = `${issue.body}\n\nQA: checked on staging.`;

    const request = updateRequest(task, remote, { title: 'T001 Renamed' }, ['title']);
    expect((await adapter.update([request]))[0]?.status).toBe('updated');

    expect(github.fake.state.issue(REPO, 1)!.body).toContain('QA: checked on staging.');
  });

  it('case 14: posts the closing comment once, when the close is tried again', async () => {
    const { adapter, remote } = await createdAndRead();
    github.fake.faults.add({ method: 'PATCH', path: /\/issues\/1$/, kind: 'status', status: 422 });
    const request = closeRequest(task, remote, 'Task T001 is no longer in the plan.');
    expect((await adapter.close([request]))[0]?.status).toBe('failed');

    expect((await adapter.close([request]))[0]?.status).toBe('closed');

    const comments = github.fake.state
      .comments(github.fake.state.issue(REPO, 1)!)
      .map((c) => c.body);
    expect(comments).toEqual(['Task T001 is no longer in the plan.']);
    expect(github.fake.state.issue(REPO, 1)!.state).toBe('closed');
  });
});
