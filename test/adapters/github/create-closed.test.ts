import { describe, expect, it } from 'vitest';
import { applyChangesets } from '../../../src/apply/apply-changesets.js';
import { diff } from '../../../src/diff/diff.js';
import type { DesiredItem } from '../../../src/diff/desired-items.js';
import { hashField } from '../../../src/diff/hash-fields.js';
import { decodeMarker } from '../../../src/contract/marker.js';
import type { Adapter } from '../../../src/contract/types.js';
import { lines, REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();

const done: DesiredItem = {
  key: '001-auth/T001',
  kind: 'task',
  taskId: 'T001',
  phase: null,
  fields: {
    title: 'T001 Create project structure',
    body: 'Done before plansync ran.',
    state: 'closed',
    labels: [],
    group: null,
    dependsOn: [],
    container: null,
  },
  obsolete: false,
  linkUrl: null,
  source: null,
};

async function push(adapter: Adapter) {
  const snapshot = await adapter.read({ features: ['001-auth'], links: [] });
  const changeset = diff({ feature: '001-auth', items: [done] }, snapshot, {
    force: false,
    removed: 'close',
    ownedLabels: new Set(),
    removedLabel: 'removed-from-plan',
    kinds: adapter.kinds,
  });
  return applyChangesets(adapter, [changeset], { concurrency: 1, known: new Map() });
}

describe('a task that is already done (GitHub cannot create a closed issue)', () => {
  it('is created open, then closed as completed by the core, with the closed state in its marker', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const mark = github.fake.requests.length;

    const report = await push(adapter);

    expect(report.applied.map((a) => [a.step, a.status])).toEqual([
      ['write', 'created'],
      ['close-after-create', 'updated'],
    ]);
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
    expect(decodeMarker(issue.body)?.hashes.state).toBe(hashField('state', 'closed'));
  });

  it('is left open and linked, with a marker saying "open", when closing fails; the next run closes it', async () => {
    github.fake.faults.add({
      method: 'PATCH',
      path: /\/issues\/\d+$/,
      kind: 'status',
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'invalid' }] },
    });
    const adapter = github.adapter();
    await adapter.verify();

    const first = await push(adapter);

    expect(first.applied.map((a) => [a.step, a.status])).toEqual([
      ['write', 'created'],
      ['close-after-create', 'failed'],
    ]);
    const issue = github.fake.state.issue(REPO, 1)!;
    expect(issue.state).toBe('open');
    expect(decodeMarker(issue.body)?.hashes.state).toBe(hashField('state', 'open'));

    const second = await push(adapter);
    expect(second.applied.map((a) => [a.op.op, a.status])).toEqual([['close', 'updated']]);
    expect(github.fake.state.issues(REPO)).toHaveLength(1);
    expect(github.fake.state.issue(REPO, 1)!.state).toBe('closed');
  });
});
