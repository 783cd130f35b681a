import { describe, expect, it } from 'vitest';
import { hashFields } from '../../../src/diff/hash-fields.js';
import type { ItemFields, Snapshot } from '../../../src/diff/types.js';
import { createRequest } from '../../../src/testing/requests.js';
import { lines, markedBody, REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const FEATURE = '001-auth';

function marker(key: string, title: string) {
  const fields: ItemFields = {
    title,
    body: `Body of ${key}`,
    state: 'open',
    labels: [],
    group: null,
    dependsOn: [],
    container: null,
  };
  return { key, hashes: hashFields(fields) };
}

function keys(snapshot: Snapshot): string[] {
  return snapshot.items.map((item) => item.marker?.key ?? `#${item.id}`).sort();
}

describe('reading the items of a feature', () => {
  it('lists every issue at 100 a page with state=all, drops pull requests, and lists milestones once', async () => {
    const { state } = github.fake;
    for (let n = 1; n <= 230; n++) {
      state.seedIssue(REPO, {
        title: `Someone's issue ${n}`,
        state: n % 4 === 0 ? 'closed' : 'open',
      });
    }
    for (let n = 1; n <= 15; n++) state.seedPullRequest(REPO, { title: `Pull request ${n}` });
    // A pull request that carries a marker is still not an item of the plan.
    const stray = marker(`${FEATURE}/T099`, 'T099 Copied into a PR');
    state.seedPullRequest(REPO, { title: 'Copied', body: markedBody(stray, 'x') });
    const mine = ['T001', 'T002', 'T003', 'T004', 'T005'].map((id, n) =>
      state.seedIssue(REPO, {
        title: `${id} Task`,
        body: markedBody(marker(`${FEATURE}/${id}`, `${id} Task`), `Body of ${id}`),
        // Done tasks are closed issues: a read without state=all would lose them.
        state: n < 2 ? 'closed' : 'open',
      }),
    );
    const other = marker('002-billing/T001', 'T001 Elsewhere');
    state.seedIssue(REPO, { title: 'T001 Elsewhere', body: markedBody(other, 'x') });
    const total = state.issues(REPO).length;
    expect(total).toBe(252);

    const adapter = github.adapter();
    await adapter.verify();
    const mark = github.fake.requests.length;
    const snapshot = await adapter.read({ features: [FEATURE], links: [] });

    expect(keys(snapshot)).toEqual(mine.map((_, n) => `${FEATURE}/T00${n + 1}`));
    const reads = github.since(mark);
    const issueLists = reads.filter(
      (r) => r.method === 'GET' && r.path === `/repos/${REPO}/issues`,
    );
    expect(issueLists).toHaveLength(Math.ceil(total / 100));
    for (const request of issueLists) {
      expect(request.query).toMatchObject({ per_page: '100', state: 'all' });
    }
    expect(lines(reads).filter((l) => l === `GET /repos/${REPO}/milestones`)).toHaveLength(1);
    expect(reads).toHaveLength(issueLists.length + 1);
  });

  it('writes nothing at all when it only verifies and reads', async () => {
    const { state } = github.fake;
    const milestone = state.seedMilestone(REPO, {
      title: 'Phase 1: Setup',
      description: markedBody(marker(`${FEATURE}/phase-1`, 'Phase 1: Setup'), 'Set up.'),
    });
    state.seedIssue(REPO, {
      title: 'T001 Task',
      body: markedBody(marker(`${FEATURE}/T001`, 'T001 Task'), 'Body'),
      labels: ['US1'],
      milestone: milestone.number,
    });
    const linked = state.seedIssue(REPO, { title: 'Linked by hand' });

    const adapter = github.adapter();
    expect(await adapter.verify()).toEqual([]);
    const snapshot = await adapter.read({
      features: [FEATURE],
      links: [`https://github.com/${REPO}/issues/${linked.number}`],
    });

    expect(keys(snapshot)).toEqual([`#${linked.number}`, `${FEATURE}/T001`, `${FEATURE}/phase-1`]);
    expect(github.fake.counts().writes).toBe(0);
  });

  it('never returns or writes an issue without a marker, even when its title matches a task', async () => {
    const { state } = github.fake;
    const theirs = state.seedIssue(REPO, {
      title: 'T001 Create project structure',
      body: 'A person wrote this issue by hand.',
    });
    const untouched = structuredClone(theirs);
    const adapter = github.adapter();
    await adapter.verify();

    expect(keys(await adapter.read({ features: [FEATURE], links: [] }))).toEqual([]);
    const request = createRequest({
      key: `${FEATURE}/T001`,
      title: 'T001 Create project structure',
      body: 'Create the folders.',
    });
    const [result] = await adapter.create([request]);
    expect(result?.status).toBe('created');
    const snapshot = await adapter.read({ features: [FEATURE], links: [] });
    expect(snapshot.items.map((item) => item.id)).toEqual([String(theirs.number + 1)]);

    expect(state.issue(REPO, theirs.number)).toEqual(untouched);
    const writesToTheirs = github.fake.requests.filter(
      (r) => r.write && r.path.startsWith(`/repos/${REPO}/issues/${theirs.number}`),
    );
    expect(writesToTheirs).toEqual([]);
  });

  it('recovers a just-created item by its key from the newest page', async () => {
    const { state } = github.fake;
    for (let n = 1; n <= 150; n++) state.seedIssue(REPO, { title: `Old ${n}` });
    state.seedIssue(REPO, {
      title: 'T007 Task',
      body: markedBody(marker(`${FEATURE}/T007`, 'T007 Task'), 'Body'),
    });
    const adapter = github.adapter();
    await adapter.verify();
    const mark = github.fake.requests.length;

    const snapshot = await adapter.read({
      features: [FEATURE],
      keys: [`${FEATURE}/T007`],
      links: [],
    });

    expect(keys(snapshot)).toEqual([`${FEATURE}/T007`]);
    const issueLists = github
      .since(mark)
      .filter((r) => r.method === 'GET' && r.path === `/repos/${REPO}/issues`);
    expect(issueLists.map((r) => r.query)).toEqual([
      { state: 'all', sort: 'created', direction: 'desc', per_page: '100' },
    ]);
  });
});
