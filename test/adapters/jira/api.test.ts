import { describe, expect, it } from 'vitest';
import { blockersOf } from '../../../adapters/jira/links.js';
import { scanKeysAfter } from '../../../adapters/jira/scan-keys.js';
import { createTransitionFinder } from '../../../adapters/jira/transitions.js';
import { apiOnFake } from './harness.js';

const SELECT = { fields: ['summary', 'labels'], properties: ['plansync'] };

describe('reading Jira', () => {
  it('reads every page of a Cloud search, 100 a page', async () => {
    const { fake, api } = apiOnFake();
    for (let i = 1; i <= 230; i++)
      fake.state.seedIssue('PLAN', { summary: `T${i}`, labels: ['plansync'] });
    const issues = await api.search('project = PLAN AND labels = plansync', SELECT);
    expect(issues).toHaveLength(230);
    expect(fake.requests.map((r) => r.path)).toEqual(Array(3).fill('/rest/api/3/search/jql'));
  });

  it('reads every page of a Data Center search with startAt', async () => {
    const { fake, api } = apiOnFake({ mode: 'datacenter' });
    for (let i = 1; i <= 150; i++) fake.state.seedIssue('PLAN', { summary: `T${i}` });
    expect(await api.search('project = PLAN', SELECT)).toHaveLength(150);
    expect(fake.requests.map((r) => r.path)).toEqual(Array(2).fill('/rest/api/2/search'));
  });

  it('finds issues search cannot see yet by walking the key sequence, one request on Cloud', async () => {
    const { fake, api } = apiOnFake({ indexLagMs: 60_000 });
    for (let i = 1; i <= 5; i++) {
      fake.state.seedIssue('PLAN', { summary: `T${i}`, properties: { plansync: { n: i } } });
    }
    expect(await api.search('project = PLAN', SELECT)).toEqual([]);
    fake.requests.length = 0;
    const found = await scanKeysAfter(api, 'PLAN', 2, SELECT);
    expect(found.map((i) => [i.key, i.properties?.plansync])).toEqual([
      ['PLAN-3', { n: 3 }],
      ['PLAN-4', { n: 4 }],
      ['PLAN-5', { n: 5 }],
    ]);
    expect(fake.requests.map((r) => r.path)).toEqual(['/rest/api/3/issue/bulkfetch']);
  });

  it('walks the key sequence one GET at a time on Data Center, stopping at the first gap', async () => {
    const { fake, api } = apiOnFake({ mode: 'datacenter', indexLagMs: 60_000 });
    for (let i = 1; i <= 3; i++) fake.state.seedIssue('PLAN', { summary: `T${i}` });
    const found = await scanKeysAfter(api, 'PLAN', 1, SELECT);
    expect(found.map((i) => i.key)).toEqual(['PLAN-2', 'PLAN-3']);
    expect(fake.requests.map((r) => [r.path, r.status])).toEqual([
      ['/rest/api/2/issue/PLAN-2', 200],
      ['/rest/api/2/issue/PLAN-3', 200],
      ['/rest/api/2/issue/PLAN-4', 404],
    ]);
  });
});

describe('writing Jira', () => {
  it('links so that the dependent reads "is blocked by" its blocker', async () => {
    const { fake, api } = apiOnFake();
    fake.state.seedIssue('PLAN', { summary: 'T003' });
    fake.state.seedIssue('PLAN', { summary: 'T005 (depends on T003)' });
    await api.linkBlocks('PLAN-1', 'PLAN-2');
    expect(fake.state.blockedBy(fake.state.issue('PLAN-2')!)).toEqual(['PLAN-1']);
    const [dependent] = (
      await api.fetchByKeys(['PLAN-2'], { fields: ['issuelinks'], properties: [] })
    ).issues;
    expect(blockersOf(dependent!)).toEqual(['PLAN-1']);
    const [blocker] = (
      await api.fetchByKeys(['PLAN-1'], { fields: ['issuelinks'], properties: [] })
    ).issues;
    expect(blockersOf(blocker!)).toEqual([]);
  });

  it('looks transitions up once per issue type and moves issues to done', async () => {
    const { fake, api } = apiOnFake();
    for (const summary of ['T001', 'T002', 'T003']) fake.state.seedIssue('PLAN', { summary });
    fake.state.seedIssue('PLAN', { summary: 'Phase 1', issueType: 'Epic' });
    const moveTo = createTransitionFinder(api);
    for (const key of ['PLAN-1', 'PLAN-2', 'PLAN-3']) await moveTo(key, 'Task', 'done');
    await moveTo('PLAN-4', 'Epic', 'done');
    expect(fake.state.issues().map((i) => fake.state.statusOf(i).category)).toEqual(
      Array(4).fill('done'),
    );
    const reads = fake.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(reads).toEqual([
      '/rest/api/3/issue/PLAN-1/transitions',
      '/rest/api/3/issue/PLAN-4/transitions',
    ]);
  });

  it('reads an issue’s own transitions when the shared id is refused from its status', async () => {
    const { fake, api } = apiOnFake();
    fake.state.seedIssue('PLAN', { summary: 'T001' });
    fake.state.seedIssue('PLAN', { summary: 'T002', status: 'Done' });
    const moveTo = createTransitionFinder(api);
    await moveTo('PLAN-1', 'Task', 'done');
    // The shared "To Do" id is looked up on PLAN-1 after it moved; PLAN-2 is done already.
    await moveTo('PLAN-2', 'Task', 'new');
    expect(fake.state.statusOf(fake.state.issue('PLAN-2')!).category).toBe('new');
  });
});
