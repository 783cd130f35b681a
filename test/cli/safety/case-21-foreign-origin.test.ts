import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../fakes/http-server.js';
import { DEFAULT_TOKEN } from '../../fakes/github/handler.js';
import { startGitHubFakeServer, type GitHubFakeServer } from '../../fakes/github/server.js';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

/** The configured API. */
let github: GitHubFakeServer;
/** Another origin, which records whatever reaches it and must receive nothing. */
let other: RunningServer;
const reached: { url: string; authorization: string | null }[] = [];
let repo: Repo;

beforeAll(async () => {
  github = await startGitHubFakeServer({ repos: ['acme/app'] });
  other = await startHttpServer(async (request) => {
    reached.push({ url: request.url, authorization: request.headers.get('authorization') });
    return new Response('[]', { headers: { 'content-type': 'application/json' } });
  });
});
afterAll(async () => {
  await Promise.all([github.close(), other.close()]);
});
afterEach(async () => {
  await repo.remove();
  github.fake.reset();
  reached.length = 0;
});

/** A push with the token in a variable the config names (`github.tokenEnv`). */
async function push() {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify({
      tracker: 'github',
      github: { repo: 'acme/app', throttle: false, tokenEnv: 'PLANSYNC_GH' },
    }),
    'specs/001-a/tasks.md': TASKS_MD,
  });
  return repo.cli(['push'], {
    env: { GITHUB_API_URL: github.url, PLANSYNC_GH: DEFAULT_TOKEN, PLANSYNC_RETRY_DELAY_MS: '20' },
  });
}

describe('case 21: credentials go to the configured API only', () => {
  it('refuses a pagination Link to another origin before sending, in one line (exit 1)', async () => {
    const next = `${other.url}/repos/acme/app/issues?page=2`;
    github.fake.faults.add({ method: 'GET', path: '/repos/acme/app/issues', kind: 'link', next });

    const result = await push();

    expect(result.code).toBe(1);
    expect(reached).toEqual([]);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toEqual([
      `error: refused to send a request to ${other.url}, which is not the configured API ${github.url}`,
    ]);
    expect(result.stderr).toContain('nothing and no credentials were sent there');
    expect(result.stderr).not.toContain('    at ');
    expect(result.stdout + result.stderr).not.toContain(DEFAULT_TOKEN);
    // Nothing was written: the run stopped at the read.
    expect(github.fake.requests.filter((r) => r.write)).toEqual([]);
  });

  it('refuses a Link to plain http on another host the same way, and sends it nothing', async () => {
    const next = 'http://api.github.example.com/repos/acme/app/issues?page=2';
    github.fake.faults.add({ method: 'GET', path: '/repos/acme/app/issues', kind: 'link', next });

    const result = await push();

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error: refused to send a request to http://api.github.example.com, which is not the configured API',
    );
    expect(reached).toEqual([]);
  });

  it('still follows a Link on the configured API', async () => {
    const next = `${github.url}/repos/acme/app/issues?state=all&per_page=100&page=2`;
    github.fake.faults.add({ method: 'GET', path: '/repos/acme/app/issues', kind: 'link', next });

    const result = await push();

    expect(result.code).toBe(0);
    const listings = github.fake.requests.filter(
      (r) => r.method === 'GET' && r.path === '/repos/acme/app/issues',
    );
    expect(listings.map((r) => r.query.page)).toContain('2');
    expect(reached).toEqual([]);
  });
});
