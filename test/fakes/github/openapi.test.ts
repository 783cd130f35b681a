import { beforeAll, describe, expect, it } from 'vitest';
import { call, type CallResult } from './call.js';
import { createGitHubFake, type GitHubFake } from './handler.js';
import { loadGitHubOpenApi, type GitHubOpenApi } from './openapi.js';

// The description is large: load it once for the whole file.
let openapi: GitHubOpenApi;
beforeAll(() => {
  openapi = loadGitHubOpenApi();
});

/** A client that checks every request and response against GitHub's description. */
function checkedClient(fake: GitHubFake) {
  const problems: string[] = [];
  const seen = new Set<string>();
  async function send(method: string, path: string, body?: unknown): Promise<CallResult> {
    if (body !== undefined) problems.push(...openapi.checkRequest(method, path, body));
    const res = await call(fake, method, path, body);
    problems.push(...openapi.checkResponse(method, path, res.status, res.body));
    const match = openapi.find(method, path);
    seen.add(`${method} ${match?.template ?? path} ${res.status}`);
    return res;
  }
  return { send, problems, seen };
}

describe('the fake against GitHub’s OpenAPI description', () => {
  it('finds the documented operation for each endpoint the fake serves', () => {
    expect(openapi.find('GET', '/repos/acme/app/issues/12')?.template).toBe(
      '/repos/{owner}/{repo}/issues/{issue_number}',
    );
    expect(
      openapi.find('DELETE', '/repos/acme/app/issues/1/dependencies/blocked_by/99')?.template,
    ).toBe('/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}');
  });

  it('catches a response that does not match, so the check itself can fail', async () => {
    const problems = openapi.checkResponse('GET', '/repos/acme/app/issues/1', 200, {
      number: '1',
      title: 'no other fields',
    });
    expect(problems.length).toBeGreaterThan(0);
    const fake = createGitHubFake({ repos: ['acme/app'] });
    const phase = fake.state.seedMilestone('acme/app', { title: 'Phase 1' });
    fake.state.seedIssue('acme/app', { title: 'x', milestone: phase.number });
    const real = (await call(fake, 'GET', '/repos/acme/app/issues/1')).body;
    expect(openapi.checkResponse('GET', '/repos/acme/app/issues/1', 200, real)).toEqual([]);
    delete real.milestone.due_on;
    expect(openapi.checkResponse('GET', '/repos/acme/app/issues/1', 200, real)).toEqual([
      expect.stringContaining("/milestone must have required property 'due_on'"),
    ]);
    expect(openapi.checkResponse('POST', '/repos/acme/app/issues', 299, {})).toEqual([
      'POST /repos/{owner}/{repo}/issues: status 299 is not documented',
    ]);
    expect(
      openapi.checkRequest('POST', '/repos/acme/app/milestones', { state: 'open' }),
    ).not.toEqual([]);
  });

  it('answers a whole sync, errors included, with documented statuses and bodies', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.state.seedPullRequest('acme/app', { title: 'Add CI' });
    const { send, problems, seen } = checkedClient(fake);
    const expectStatus = async (status: number, p: Promise<CallResult>) => {
      const res = await p;
      expect(res.status).toBe(status);
      return res.body;
    };

    await expectStatus(200, send('GET', '/user'));
    await expectStatus(200, send('GET', '/repos/acme/app'));
    await expectStatus(200, send('GET', '/rate_limit'));
    await expectStatus(404, send('GET', '/repos/acme/missing'));

    const phase1 = await expectStatus(
      201,
      send('POST', '/repos/acme/app/milestones', {
        title: 'Phase 1: Setup',
        description: 'Tasks: T001-T003',
        due_on: '2025-06-30T00:00:00Z',
      }),
    );
    await expectStatus(201, send('POST', '/repos/acme/app/milestones', { title: 'Phase 2: Core' }));
    await expectStatus(
      422,
      send('POST', '/repos/acme/app/milestones', { title: 'Phase 1: Setup' }),
    );
    await expectStatus(
      201,
      send('POST', '/repos/acme/app/labels', {
        name: 'US1',
        color: '0e8a16',
        description: 'Story',
      }),
    );
    await expectStatus(422, send('POST', '/repos/acme/app/labels', { name: 'us1' }));

    const tasks = [];
    for (const [n, labels] of [
      [1, ['P']],
      [2, ['US1']],
      [3, []],
    ] as const) {
      tasks.push(
        await expectStatus(
          201,
          send('POST', '/repos/acme/app/issues', {
            title: `T00${n} Task ${n}`,
            body: `<!-- plansync key=001/T00${n} -->`,
            milestone: phase1.number,
            labels: [...labels],
            assignees: ['plansync-bot'],
          }),
        ),
      );
    }
    await expectStatus(422, send('POST', '/repos/acme/app/issues', { title: '' }));
    await expectStatus(422, send('POST', '/repos/acme/app/issues', { title: 'x', milestone: 99 }));
    const epic = await expectStatus(
      201,
      send('POST', '/repos/acme/app/issues', { title: 'Phase 1: Setup' }),
    );

    const [t1, t2, t3] = tasks;
    await expectStatus(200, send('GET', `/repos/acme/app/issues/${t1.number}`));
    await expectStatus(
      200,
      send('PATCH', `/repos/acme/app/issues/${t1.number}`, { title: 'T001 Renamed', labels: [] }),
    );
    await expectStatus(
      200,
      send('PATCH', `/repos/acme/app/issues/${t2.number}`, {
        state: 'closed',
        state_reason: 'completed',
      }),
    );
    await expectStatus(
      200,
      send('PATCH', `/repos/acme/app/issues/${t3.number}`, {
        state: 'closed',
        state_reason: 'not_planned',
        milestone: null,
      }),
    );
    await expectStatus(
      200,
      send('POST', `/repos/acme/app/issues/${t1.number}/labels`, { labels: ['P'] }),
    );
    await expectStatus(200, send('GET', `/repos/acme/app/issues/${t1.number}/labels`));
    await expectStatus(200, send('DELETE', `/repos/acme/app/issues/${t1.number}/labels/P`));
    await expectStatus(404, send('DELETE', `/repos/acme/app/issues/${t1.number}/labels/P`));

    const comment = (await expectStatus(
      201,
      send('POST', `/repos/acme/app/issues/${t3.number}/comments`, { body: 'Left the plan.' }),
    )) as { id: number };
    await expectStatus(200, send('GET', `/repos/acme/app/issues/${t3.number}/comments`));
    await expectStatus(
      200,
      send('PATCH', `/repos/acme/app/issues/comments/${comment.id}`, { body: 'Edited.' }),
    );

    await expectStatus(
      201,
      send('POST', `/repos/acme/app/issues/${epic.number}/sub_issues`, { sub_issue_id: t1.id }),
    );
    await expectStatus(
      422,
      send('POST', `/repos/acme/app/issues/${t2.number}/sub_issues`, { sub_issue_id: t1.id }),
    );
    await expectStatus(200, send('GET', `/repos/acme/app/issues/${epic.number}/sub_issues`));

    await expectStatus(
      201,
      send('POST', `/repos/acme/app/issues/${t2.number}/dependencies/blocked_by`, {
        issue_id: t1.id,
      }),
    );
    await expectStatus(
      422,
      send('POST', `/repos/acme/app/issues/${t2.number}/dependencies/blocked_by`, {
        issue_id: 424242,
      }),
    );
    await expectStatus(
      200,
      send('GET', `/repos/acme/app/issues/${t2.number}/dependencies/blocked_by`),
    );
    await expectStatus(
      200,
      send('DELETE', `/repos/acme/app/issues/${t2.number}/dependencies/blocked_by/${t1.id}`),
    );

    await expectStatus(
      200,
      send('PATCH', `/repos/acme/app/milestones/${phase1.number}`, {
        state: 'closed',
        description: 'Done',
      }),
    );
    const all = await expectStatus(
      200,
      send('GET', '/repos/acme/app/issues?state=all&per_page=2&sort=updated&direction=asc'),
    );
    expect(all).toHaveLength(2);
    await expectStatus(200, send('GET', '/repos/acme/app/issues?state=all&per_page=2&page=3'));
    await expectStatus(200, send('GET', '/repos/acme/app/milestones?state=all&per_page=100'));
    await expectStatus(200, send('GET', '/repos/acme/app/labels?per_page=100'));

    expect(problems).toEqual([]);
    // Every operation the fake implements was exercised, so none can drift unnoticed.
    const operations = new Set([...seen].map((s) => s.split(' ').slice(0, 2).join(' ')));
    expect(operations.size).toBeGreaterThanOrEqual(20);
  });

  it('answers the pull-request endpoints, errors included, as documented', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    const phase = fake.state.seedMilestone('acme/app', { title: 'Phase 1' });
    // With a description: `pull-request-simple` documents label descriptions as strings,
    // though GitHub sends null for a label that has none (the fake does too).
    fake.state.seedLabel('acme/app', { name: 'plansync', description: 'Plan sync' });
    const seeded = fake.state.seedPullRequest('acme/app', {
      title: 'Seeded',
      labels: ['plansync'],
      milestone: phase.number,
      assignees: ['plansync-bot'],
      author: { login: 'stranger', association: 'NONE' },
    });
    const issue = fake.state.seedIssue('acme/app', { title: 'Becomes a pull request' });
    const { send, problems, seen } = checkedClient(fake);
    const status = async (p: Promise<CallResult>) => (await p).status;
    const pulls = '/repos/acme/app/pulls';
    const open = { title: 'plansync: sync', head: 'acme:plansync/sync', base: 'main', body: 'B' };

    const created = await send('POST', pulls, open);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'open', merged: false, draft: false });
    expect(created.body.head).toMatchObject({ ref: 'plansync/sync', label: 'acme:plansync/sync' });
    expect(created.body.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await status(send('POST', pulls, { ...open, head: 'plansync/sync' }))).toBe(422);
    for (const field of ['head', 'base', 'title'] as const) {
      // Deliberately against the request schema, so sent unchecked; the answer is checked.
      const { [field]: _, ...body } = open;
      const res = await call(fake, 'POST', pulls, body);
      problems.push(...openapi.checkResponse('POST', pulls, res.status, res.body));
      expect([res.status, res.body.message, res.body.errors]).toEqual([
        422,
        'Validation Failed',
        [{ resource: 'PullRequest', code: 'missing_field', field }],
      ]);
    }
    const duplicate = await send('POST', pulls, { ...open, title: 'again' });
    expect([duplicate.status, duplicate.body.errors]).toEqual([
      422,
      [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for acme:plansync/sync.',
        },
      ],
    ]);
    const draft = await send('POST', pulls, { head: 'b', base: 'main', issue: issue.number });
    expect([draft.status, draft.body.number, draft.body.title]).toEqual([
      201,
      issue.number,
      'Becomes a pull request',
    ]);

    const list = async (query: string) => (await send('GET', `${pulls}?${query}`)).body;
    const numbers = (items: { number: number }[]) => items.map((pr) => pr.number);
    const found = await list('state=open&head=acme:plansync/sync&base=main');
    expect(numbers(found)).toEqual([created.body.number]);
    expect(numbers(await list('state=all&per_page=2'))).toHaveLength(2);
    expect(numbers(await list('state=open&sort=created&direction=asc'))).toEqual([
      seeded.number,
      issue.number,
      created.body.number,
    ]);
    expect(await list('state=closed')).toEqual([]);
    expect(await list('head=acme:other&base=main')).toEqual([]);
    expect(await status(send('GET', `${pulls}?state=merged`))).toBe(422);

    const at = `/repos/acme/app/issues/${created.body.number}/comments`;
    const comment = await send('POST', at, { body: '<!-- plansync preview -->' });
    expect(comment.status).toBe(201);
    expect(comment.body.html_url).toContain('/pull/');
    expect((await send('GET', at)).body).toHaveLength(1);
    const edited = `/repos/acme/app/issues/comments/${comment.body.id}`;
    expect(await status(send('PATCH', edited, { body: 'Edited.' }))).toBe(200);

    expect(problems).toEqual([]);
    expect([...seen].filter((s) => s.includes('/pulls')).sort()).toEqual([
      'GET /repos/{owner}/{repo}/pulls 200',
      'GET /repos/{owner}/{repo}/pulls 422',
      'POST /repos/{owner}/{repo}/pulls 201',
      'POST /repos/{owner}/{repo}/pulls 422',
    ]);
  });

  it('answers auth and rate-limit failures with GitHub’s error shape', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'], rateLimit: { limit: 1 } });
    const unauthorised = await call(fake, 'GET', '/user', undefined, { token: 'nope' });
    expect(openapi.checkResponse('GET', '/user', 401, unauthorised.body)).toEqual([]);
    await call(fake, 'GET', '/user');
    const limited = await call(fake, 'GET', '/user');
    expect(limited.status).toBe(403);
    expect(openapi.checkResponse('GET', '/user', 403, limited.body)).toEqual([]);
  });
});
