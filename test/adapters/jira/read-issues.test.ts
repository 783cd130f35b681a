import { describe, expect, it } from 'vitest';
import { readIssues } from '../../../adapters/jira/read-issues.js';
import { apiOnFake } from './harness.js';

const OPTIONS = { project: 'PLAN', label: 'plansync', fields: ['summary', 'labels'], linked: [] };
const marked = (n: number) => ({
  summary: `T00${n}`,
  labels: ['plansync'],
  properties: { plansync: { marker: `plansync:v1 key=f%2FT00${n} h=`, body: 0, region: 0 } },
});

describe('reading plansync’s issues', () => {
  it('finds issues the lagging search index cannot see yet, without duplicates', async () => {
    let now = Date.parse('2026-11-30T10:00:00Z');
    const { fake, api } = apiOnFake({ indexLagMs: 5000, now: () => now });
    fake.state.seedIssue('PLAN', marked(1));
    fake.state.seedIssue('PLAN', { summary: 'Someone else’s issue' });
    now += 5000;
    fake.state.seedIssue('PLAN', marked(2));
    fake.state.seedIssue('PLAN', marked(3));
    const issues = await readIssues(api, OPTIONS);
    expect(issues.map((i) => i.key)).toEqual(['PLAN-1', 'PLAN-3', 'PLAN-4']);
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/rest/api/3/search/jql',
      '/rest/api/3/issue/bulkfetch',
    ]);
  });

  it('starts from the project’s newest issue when none of plansync’s is indexed yet', async () => {
    const { fake, api } = apiOnFake({ indexLagMs: 60_000 });
    for (let i = 0; i < 3; i++) fake.state.seedIssue('PLAN', { summary: 'old' });
    fake.state.setIndexLag(0);
    // Others' issues are indexed; plansync's two, created just now, are not.
    for (let i = 0; i < 2; i++) fake.state.seedIssue('PLAN', { summary: 'old too' });
    fake.state.setIndexLag(60_000);
    fake.state.seedIssue('PLAN', marked(1));
    fake.state.seedIssue('PLAN', marked(2));
    const issues = await readIssues(api, OPTIONS);
    expect(issues.map((i) => i.fields?.summary)).toEqual(['T001', 'T002']);
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/rest/api/3/search/jql',
      '/rest/api/3/search/jql',
      '/rest/api/3/issue/bulkfetch',
    ]);
    expect(fake.requests[2]!.status).toBe(200);
  });

  it('fetches issues the plan links to even without a marker', async () => {
    const { fake, api } = apiOnFake();
    fake.state.seedIssue('PLAN', { summary: 'Made by hand' });
    fake.state.seedIssue('PLAN', marked(1));
    const issues = await readIssues(api, { ...OPTIONS, linked: ['PLAN-1'] });
    expect(issues.map((i) => i.key)).toEqual(['PLAN-1', 'PLAN-2']);
  });

  it('reads Data Center with startAt search and key-by-key fetches', async () => {
    const { fake, api } = apiOnFake({ mode: 'datacenter', indexLagMs: 60_000 });
    fake.state.seedIssue('PLAN', marked(1));
    const issues = await readIssues(api, OPTIONS);
    expect(issues.map((i) => i.key)).toEqual(['PLAN-1']);
    expect(fake.requests.every((r) => r.path.startsWith('/rest/api/2/'))).toBe(true);
  });
});
