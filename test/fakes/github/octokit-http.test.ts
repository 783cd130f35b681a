import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubFakeServer, type GitHubFakeServer } from './server.js';

let server: GitHubFakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Octokit logs every failed request; the failures here are the point of the tests.
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('a real Octokit over HTTP', () => {
  it('creates issues and lists them all with octokit.paginate at 100 a page', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    for (let n = 1; n <= 230; n++)
      server.fake.state.seedIssue('acme/app', { title: `Seeded ${n}` });
    const octokit = new Octokit({ log: quiet, auth: 'test-token', baseUrl: server.url });

    const created = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'app',
      title: 'T001 Create project structure',
      labels: ['P'],
    });
    expect(created.status).toBe(201);
    expect(created.data.html_url).toBe('https://github.com/acme/app/issues/231');

    server.fake.requests.length = 0;
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'app',
      state: 'all',
      per_page: 100,
    });
    expect(all).toHaveLength(231);
    expect(all.map((i) => i.title)).toContain('T001 Create project structure');
    expect(server.fake.requests.map((r) => [r.method, r.query.page ?? '1'])).toEqual([
      ['GET', '1'],
      ['GET', '2'],
      ['GET', '3'],
    ]);
  });

  it('reports a wrong token as a 401 error', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    const octokit = new Octokit({ log: quiet, auth: 'wrong', baseUrl: server.url });
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    });
  });

  it('lets the throttling plugin see a secondary rate limit and retry after retry-after', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    server.fake.faults.add({
      method: 'POST',
      path: '/repos/acme/app/issues',
      kind: 'secondary-rate-limit',
      retryAfter: 1,
    });
    const waits: number[] = [];
    const Throttled = Octokit.plugin(throttling);
    const octokit = new Throttled({
      log: quiet,
      auth: 'test-token',
      baseUrl: server.url,
      throttle: {
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter: number) => {
          waits.push(retryAfter);
          return true;
        },
      },
    });
    const created = await octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'x' });
    expect(created.status).toBe(201);
    expect(waits).toEqual([1]);
    expect(server.fake.state.issues('acme/app')).toHaveLength(1);
  });

  it('surfaces a connection dropped after the write as an error while the issue exists', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    server.fake.faults.add({ method: 'POST', path: /\/issues$/, kind: 'drop-after-commit' });
    const octokit = new Octokit({ log: quiet, auth: 'test-token', baseUrl: server.url });
    await expect(
      octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'T001' }),
    ).rejects.toThrow();
    expect(server.fake.state.issues('acme/app').map((i) => i.title)).toEqual(['T001']);
  });
});
