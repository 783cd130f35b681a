import { Version2Client, Version3Client } from 'jira.js';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJiraFake, DEFAULT_CREDENTIALS } from './handler.js';
import { createJiraMswHandlers } from './msw.js';
import { startJiraFakeServer, type JiraFakeServer } from './server.js';

const { email, apiToken, pat } = DEFAULT_CREDENTIALS;

describe('a real jira.js Version3Client over HTTP', () => {
  let server: JiraFakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('bulk-creates issues with a property, then finds them with search/jql and the property', async () => {
    server = await startJiraFakeServer();
    const client = new Version3Client({
      host: server.url,
      authentication: { basic: { email, apiToken } },
    });
    const me = await client.myself.getCurrentUser();
    expect(me.emailAddress).toBe(email);

    const created = await client.issues.createIssues({
      issueUpdates: ['T001', 'T002'].map((id) => ({
        fields: {
          project: { key: 'PLAN' },
          issuetype: { name: 'Task' },
          summary: `${id} Create project structure`,
          labels: ['plansync'],
        },
        properties: [{ key: 'plansync', value: { key: `001-demo/${id}` } }],
      })),
    });
    expect(created.issues?.map((i) => i.key)).toEqual(['PLAN-1', 'PLAN-2']);

    const found = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearchPost({
      jql: 'project = PLAN AND labels = plansync ORDER BY key ASC',
      fields: ['summary', 'status'],
      properties: ['plansync'],
      maxResults: 100,
    });
    expect(found.issues?.map((i) => [i.key, i.fields.status?.statusCategory?.key])).toEqual([
      ['PLAN-1', 'new'],
      ['PLAN-2', 'new'],
    ]);
    expect(found.issues?.[1]?.properties).toEqual({ plansync: { key: '001-demo/T002' } });

    const transitions = await client.issues.getTransitions({ issueIdOrKey: 'PLAN-1' });
    const done = transitions.transitions?.find((t) => t.to?.statusCategory?.key === 'done');
    await client.issues.doTransition({ issueIdOrKey: 'PLAN-1', transition: { id: done!.id! } });
    expect(server.fake.state.statusOf(server.fake.state.issue('PLAN-1')!).name).toBe('Done');
  });

  it('surfaces a 401 and a 429 as errors carrying the status', async () => {
    server = await startJiraFakeServer();
    const wrong = new Version3Client({
      host: server.url,
      authentication: { basic: { email, apiToken: 'wrong' } },
    });
    await expect(wrong.myself.getCurrentUser()).rejects.toMatchObject({ status: 401 });

    server.fake.faults.add({ path: '/rest/api/3/myself', kind: 'rate-limit', retryAfter: 7 });
    const client = new Version3Client({
      host: server.url,
      authentication: { basic: { email, apiToken } },
    });
    const error = (await client.myself.getCurrentUser().catch((e: unknown) => e)) as {
      status: number;
      cause?: { response?: { headers?: Record<string, string> } };
    };
    expect(error.status).toBe(429);
    expect(error.cause?.response?.headers?.['retry-after']).toBe('7');
  });
});

describe('a real jira.js Version2Client through msw', () => {
  const fake = createJiraFake({ mode: 'datacenter' });
  const host = 'https://jira.example.test';
  const server = setupServer(...createJiraMswHandlers(fake, host));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => fake.reset());
  afterAll(() => server.close());

  it('creates an epic and a task under it through Epic Link, and pages search with startAt', async () => {
    const client = new Version2Client({ host, authentication: { oauth2: { accessToken: pat } } });
    const epic = await client.issues.createIssue({
      fields: {
        project: { key: 'PLAN' },
        issuetype: { name: 'Epic' },
        summary: 'Phase 1: Setup',
        customfield_10011: 'Phase 1: Setup',
        description: 'h3. Deliverables',
      },
    });
    for (let n = 1; n <= 3; n++) {
      await client.issues.createIssue({
        fields: {
          project: { key: 'PLAN' },
          issuetype: { name: 'Task' },
          summary: `T00${n}`,
          customfield_10014: epic.key,
        },
      });
    }
    const page = await client.issueSearch.searchForIssuesUsingJqlPost({
      jql: `"Epic Link" = ${epic.key} ORDER BY key ASC`,
      startAt: 2,
      maxResults: 2,
      fields: ['summary'],
    });
    expect(page.total).toBe(3);
    expect(page.issues?.map((i) => i.fields.summary)).toEqual(['T003']);
    expect(fake.requests.every((r) => r.path.startsWith('/rest/api/2/'))).toBe(true);
  });

  it('turns a dropped connection into a network error while the issue exists', async () => {
    fake.faults.add({ method: 'POST', path: '/rest/api/2/issue', kind: 'drop-after-commit' });
    const client = new Version2Client({ host, authentication: { oauth2: { accessToken: pat } } });
    await expect(
      client.issues.createIssue({
        fields: { project: { key: 'PLAN' }, issuetype: { name: 'Task' }, summary: 'T001' },
      }),
    ).rejects.toThrow();
    expect(fake.state.issues().map((i) => i.summary)).toEqual(['T001']);
  });
});
