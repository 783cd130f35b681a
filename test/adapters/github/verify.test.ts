import { describe, expect, it } from 'vitest';
import { useGitHubHarness } from './harness.js';

const github = useGitHubHarness();

describe('verify()', () => {
  it('finds nothing wrong with a good token and a repository it can see', async () => {
    expect(await github.adapter().verify()).toEqual([]);
    expect(github.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/app',
    ]);
  });

  it('reports a rejected token as an auth problem that names GITHUB_TOKEN', async () => {
    const problems = await github.adapter({ env: { GITHUB_TOKEN: 'expired-token' } }).verify();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('auth');
    expect(problems[0]?.message).toContain('GITHUB_TOKEN');
    expect(problems[0]?.message).toContain('401');
    expect(JSON.stringify(problems)).not.toContain('expired-token');
  });

  it('reports a missing token without sending a single request', async () => {
    const problems = await github.adapter({ env: {} }).verify();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('auth');
    expect(problems[0]?.message).toContain('GITHUB_TOKEN');
    expect(github.fake.requests).toEqual([]);
  });

  it('accepts GH_TOKEN, and a token variable named in config', async () => {
    expect(await github.adapter({ env: { GH_TOKEN: 'test-token' } }).verify()).toEqual([]);
    const named = github.adapter({
      options: { tokenEnv: 'PLANSYNC_GH' },
      env: { PLANSYNC_GH: 'test-token', GITHUB_TOKEN: 'expired-token' },
    });
    expect(await named.verify()).toEqual([]);
  });

  it('reports an unknown repository as not found and names it', async () => {
    const problems = await github.adapter({ options: { repo: 'acme/nope' } }).verify();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('not-found');
    expect(problems[0]?.message).toContain('acme/nope');
  });

  it('refuses a plain-http API address off this machine before sending the token', async () => {
    const problems = await github
      .adapter({ options: { baseUrl: 'http://github.example/api/v3' } })
      .verify();
    expect(problems.map((p) => p.code)).toEqual(['config']);
    expect(github.fake.requests).toEqual([]);
  });
});
