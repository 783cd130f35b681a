import { describe, expect, it } from 'vitest';
import { githubRequest } from '../../src/ci/github-request.js';

describe('githubRequest (the comment and pull request of plansync ci)', () => {
  it('sends the token to the configured API only, never to another origin', async () => {
    const seen: string[] = [];
    const fetch = (async (input: string | URL | Request) => {
      seen.push(String(input));
      return new Response('{}', { status: 200 });
    }) as typeof globalThis.fetch;
    const call = githubRequest({
      apiUrl: 'https://api.github.test',
      token: 'secret-token',
      repository: 'acme/app',
      fetch,
    });

    await expect(
      call('GET', 'https://elsewhere.test/repos/acme/app/issues/7/comments'),
    ).rejects.toThrow(/refused|not the configured API/);
    expect(seen).toEqual([]);
    await call('GET', 'https://api.github.test/repos/acme/app/issues/7/comments');
    expect(seen).toEqual(['https://api.github.test/repos/acme/app/issues/7/comments']);
  });
});
