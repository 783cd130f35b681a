import { describe, expect, it } from 'vitest';
import { call } from './call.js';
import { createJiraFake } from './handler.js';

function clock(start = Date.parse('2026-11-30T10:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function seedTasks(fake: ReturnType<typeof createJiraFake>, n: number, labels = ['plansync']) {
  for (let i = 1; i <= n; i++) fake.state.seedIssue('PLAN', { summary: `Task ${i}`, labels });
}

describe('Cloud search/jql', () => {
  it('pages with nextPageToken until isLast, 100 a page when fields are asked for', async () => {
    const fake = createJiraFake();
    seedTasks(fake, 230);
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = await call(fake, 'POST', '/search/jql', {
        jql: 'project = PLAN AND labels = plansync ORDER BY key ASC',
        fields: ['summary', 'labels'],
        maxResults: 500,
        ...(token ? { nextPageToken: token } : {}),
      });
      expect(res.status).toBe(200);
      keys.push(...res.body.issues.map((i: { key: string }) => i.key));
      token = res.body.nextPageToken;
      expect(res.body.isLast).toBe(token === undefined);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(keys).toHaveLength(230);
    expect(keys.slice(0, 2)).toEqual(['PLAN-1', 'PLAN-2']);
    expect(fake.counts()).toEqual({ reads: 3, writes: 0, total: 3 });
  });

  it('returns only ids unless fields are named, and the properties asked for', async () => {
    const fake = createJiraFake();
    fake.state.seedIssue('PLAN', { summary: 'A', properties: { plansync: { key: 'f/T001' } } });
    const bare = await call(fake, 'GET', '/search/jql?jql=project%20%3D%20PLAN');
    expect(bare.body.issues).toEqual([expect.objectContaining({ id: '10001', key: 'PLAN-1' })]);
    expect(bare.body.issues[0].fields).toBeUndefined();
    const rich = await call(fake, 'POST', '/search/jql', {
      jql: 'project = PLAN',
      fields: ['summary'],
      properties: ['plansync'],
    });
    expect(rich.body.issues[0].fields).toEqual({ summary: 'A' });
    expect(rich.body.issues[0].properties).toEqual({ plansync: { key: 'f/T001' } });
  });

  it('answers 410 on the removed /search endpoint', async () => {
    const fake = createJiraFake();
    const res = await call(fake, 'GET', '/search?jql=project%20%3D%20PLAN');
    expect(res.status).toBe(410);
    expect(res.body.errorMessages[0]).toMatch(/search\/jql/);
  });

  it('refuses unbounded and unknown JQL with Jira’s 400 shape', async () => {
    const fake = createJiraFake();
    const unbounded = await call(fake, 'POST', '/search/jql', { jql: 'ORDER BY key' });
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.errorMessages[0]).toMatch(/Unbounded JQL/);
    const unknown = await call(fake, 'POST', '/search/jql', {
      jql: 'project = PLAN AND colour = red',
    });
    expect(unknown.body).toEqual({
      errorMessages: ["Field 'colour' does not exist or you do not have permission to view it."],
      errors: {},
    });
    const missingKey = await call(fake, 'POST', '/search/jql', { jql: 'key in (PLAN-9)' });
    expect(missingKey.status).toBe(400);
    expect(missingKey.body.errorMessages[0]).toMatch(/PLAN-9/);
  });

  it('does not find a just-created issue until the index catches up, while GET sees it at once', async () => {
    const time = clock();
    const fake = createJiraFake({ indexLagMs: 3000, now: time.now });
    const created = await call(fake, 'POST', '/issue', {
      fields: {
        project: { key: 'PLAN' },
        issuetype: { name: 'Task' },
        summary: 'T001 Set up',
        labels: ['plansync'],
      },
    });
    expect(created.status).toBe(201);
    const jql = { jql: 'project = PLAN AND labels = plansync', fields: ['summary'] };
    expect((await call(fake, 'POST', '/search/jql', jql)).body.issues).toEqual([]);
    expect((await call(fake, 'GET', `/issue/${created.body.key}`)).body.fields.summary).toBe(
      'T001 Set up',
    );
    time.advance(3000);
    expect((await call(fake, 'POST', '/search/jql', jql)).body.issues).toHaveLength(1);
  });

  it('shows the old summary in search after an edit, until the index catches up', async () => {
    const time = clock();
    const fake = createJiraFake({ indexLagMs: 1000, now: time.now });
    fake.state.seedIssue('PLAN', { summary: 'Old' });
    time.advance(1000);
    await call(fake, 'PUT', '/issue/PLAN-1', { fields: { summary: 'New' } });
    const search = () =>
      call(fake, 'POST', '/search/jql', { jql: 'project = PLAN', fields: ['summary'] });
    expect((await search()).body.issues[0].fields.summary).toBe('Old');
    time.advance(1000);
    expect((await search()).body.issues[0].fields.summary).toBe('New');
  });

  it('reads the ids in reconcileIssues consistently', async () => {
    const time = clock();
    const fake = createJiraFake({ indexLagMs: 5000, now: time.now });
    const a = fake.state.seedIssue('PLAN', { summary: 'A', labels: ['plansync'] });
    fake.state.seedIssue('PLAN', { summary: 'B', labels: ['plansync'] });
    const res = await call(fake, 'POST', '/search/jql', {
      jql: 'project = PLAN AND labels = plansync',
      fields: ['summary'],
      reconcileIssues: [a.id],
    });
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(['PLAN-1']);
  });
});

describe('Data Center search', () => {
  it('pages with startAt and reports the total', async () => {
    const fake = createJiraFake({ mode: 'datacenter' });
    seedTasks(fake, 120);
    const first = await call(fake, 'GET', '/search?jql=project%3DPLAN&maxResults=100');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 100, total: 120 });
    expect(first.body.issues).toHaveLength(100);
    const second = await call(fake, 'POST', '/search', {
      jql: 'project = PLAN ORDER BY key ASC',
      startAt: 100,
      maxResults: 100,
      fields: ['summary'],
    });
    expect(second.body.issues).toHaveLength(20);
    expect(second.body.issues[0].key).toBe('PLAN-101');
    expect(fake.requests.map((r) => [r.path, r.write])).toEqual([
      ['/rest/api/2/search', false],
      ['/rest/api/2/search', false],
    ]);
  });

  it('has no search/jql and no v3 API', async () => {
    const fake = createJiraFake({ mode: 'datacenter' });
    expect((await call(fake, 'POST', '/search/jql', { jql: 'project = PLAN' })).status).toBe(404);
    expect((await call(fake, 'GET', '/rest/api/3/myself')).status).toBe(404);
  });

  it('finds tasks of an epic by Epic Link', async () => {
    const fake = createJiraFake({ mode: 'datacenter' });
    fake.state.seedIssue('PLAN', { summary: 'Phase 1', issueType: 'Epic', epicName: 'Phase 1' });
    fake.state.seedIssue('PLAN', { summary: 'T001', epicLink: 'PLAN-1' });
    fake.state.seedIssue('PLAN', { summary: 'T002' });
    const res = await call(fake, 'POST', '/search', { jql: '"Epic Link" = PLAN-1' });
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(['PLAN-2']);
  });
});
