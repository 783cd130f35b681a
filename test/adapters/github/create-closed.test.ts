import { describe, expect, it } from 'vitest';
import { hashField } from '../../../src/sync/hash-fields.js';
import { decodeMarker } from '../../../src/sync/marker.js';
import { createRequest } from '../../contract/requests.js';
import { lines, REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();

describe('a task that is already done', () => {
  it('is created open, then closed as completed, and its marker records the closed state', async () => {
    const request = createRequest({
      key: '001-auth/T001',
      title: 'T001 Create project structure',
      body: 'Done before plansync ran.',
      state: 'closed',
    });
    const adapter = github.adapter();
    await adapter.verify();
    const mark = github.fake.requests.length;

    const [result] = await adapter.create([request]);

    expect(result?.status).toBe('created');
    expect(lines(github.since(mark).filter((r) => r.write))).toEqual([
      `POST /repos/${REPO}/issues`,
      `PATCH /repos/${REPO}/issues/1`,
    ]);
    const sent = (await github.sent()).filter((r) => r.method !== 'GET');
    expect(sent[0]?.body).not.toHaveProperty('state');
    expect(sent[1]?.body).toMatchObject({ state: 'closed', state_reason: 'completed' });

    const issue = github.fake.state.issue(REPO, 1)!;
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    const marker = decodeMarker(issue.body);
    expect(marker?.hashes.state).toBe(request.marker.hashes.state);
    expect(marker).toEqual(request.marker);
    if (result?.status !== 'created') throw new Error('unreachable');
    expect(result.item.fields.state).toBe('closed');
    expect(result.item.marker).toEqual(request.marker);
  });

  it('reports the issue created (so it is linked) but open, with a marker saying "open", when closing it fails', async () => {
    github.fake.faults.add({
      method: 'PATCH',
      path: /\/issues\/\d+$/,
      kind: 'status',
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'invalid' }] },
    });
    const request = createRequest({ key: '001-auth/T001', title: 'T001 Task', state: 'closed' });
    const adapter = github.adapter();
    await adapter.verify();

    const [result] = await adapter.create([request]);

    expect(result?.status).toBe('created');
    expect(result && 'item' in result ? result.item.fields.state : null).toBe('open');
    expect(github.fake.state.issues(REPO)).toHaveLength(1);
    const issue = github.fake.state.issue(REPO, 1)!;
    expect(issue.state).toBe('open');
    expect(decodeMarker(issue.body)?.hashes.state).toBe(hashField('state', 'open'));
    expect(decodeMarker(issue.body)?.hashes.title).toBe(request.marker.hashes.title);
  });
});
