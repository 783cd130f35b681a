import { Octokit } from '@octokit/rest';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubFake } from './handler.js';
import { createGitHubMswHandlers } from './msw.js';

const fake = createGitHubFake({ repos: ['acme/app'] });
const server = setupServer(...createGitHubMswHandlers(fake));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
afterAll(() => server.close());

// Octokit logs every failed request; the failures here are the point of the tests.
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

describe('a real Octokit through msw', () => {
  it('creates issues and lists them all with octokit.paginate', async () => {
    const octokit = new Octokit({ log: quiet, auth: 'test-token' });
    for (let n = 1; n <= 120; n++) fake.state.seedIssue('acme/app', { title: `Seeded ${n}` });
    const created = await octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'New' });
    expect(created.data.number).toBe(121);

    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'app',
      per_page: 100,
    });
    expect(all).toHaveLength(121);
    expect(fake.counts()).toEqual({ reads: 2, writes: 1, total: 3 });
  });

  it('serves an Enterprise Server base URL with its path prefix', async () => {
    const ghes = createGitHubFake({ repos: ['acme/app'], pathPrefix: '/api/v3' });
    server.use(...createGitHubMswHandlers(ghes, 'https://ghe.example/api/v3'));
    const octokit = new Octokit({
      log: quiet,
      auth: 'test-token',
      baseUrl: 'https://ghe.example/api/v3',
    });
    const repo = await octokit.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect(repo.data.full_name).toBe('acme/app');
    expect(ghes.requests.map((r) => r.path)).toEqual(['/repos/acme/app']);
  });

  it('turns a dropped connection into a network error while the issue exists', async () => {
    fake.faults.add({ method: 'POST', path: /\/issues$/, kind: 'drop-after-commit' });
    const octokit = new Octokit({ log: quiet, auth: 'test-token' });
    await expect(
      octokit.rest.issues.create({ owner: 'acme', repo: 'app', title: 'T001' }),
    ).rejects.toThrow();
    expect(fake.state.issues('acme/app').map((i) => i.title)).toEqual(['T001']);
    expect(fake.faults.fired.map((f) => f.kind)).toEqual(['drop-after-commit']);
  });
});
