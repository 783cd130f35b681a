import { describe, expect, it } from 'vitest';
import { call } from './call.js';
import { createGitHubFake } from './handler.js';

describe('authentication', () => {
  it('answers a missing or wrong token with 401 Bad credentials', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'], tokens: ['right'] });
    for (const token of [null, 'wrong']) {
      const res = await call(fake, 'GET', '/user', undefined, { token });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ message: 'Bad credentials', status: '401' });
    }
  });

  it('accepts both token and Bearer schemes', async () => {
    const fake = createGitHubFake({ tokens: ['right'], login: 'octo' });
    for (const scheme of ['token', 'Bearer']) {
      const res = await fake.handle(
        new Request('https://api.github.com/user', {
          headers: { authorization: `${scheme} right` },
        }),
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { login: string }).login).toBe('octo');
    }
  });
});

describe('primary rate limit', () => {
  it('reports the budget on every response and refuses with 403 when it is spent', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'], rateLimit: { limit: 2 } });
    const first = await call(fake, 'GET', '/repos/acme/app');
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(first.headers.get('x-ratelimit-used')).toBe('1');
    expect(first.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);

    await call(fake, 'GET', '/repos/acme/app');
    const refused = await call(fake, 'GET', '/repos/acme/app');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.body.message).toMatch(/^API rate limit exceeded for /);
  });

  it('does not spend the budget on GET /rate_limit', async () => {
    const fake = createGitHubFake({ rateLimit: { limit: 10 } });
    await call(fake, 'GET', '/rate_limit');
    const res = await call(fake, 'GET', '/rate_limit');
    expect(res.body.resources.core).toMatchObject({ limit: 10, remaining: 10, used: 0 });
  });

  it('refills the budget after the window resets', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const fake = createGitHubFake({
      repos: ['acme/app'],
      now: () => now,
      rateLimit: { limit: 1, windowSeconds: 60 },
    });
    await call(fake, 'GET', '/repos/acme/app');
    expect((await call(fake, 'GET', '/repos/acme/app')).status).toBe(403);
    now += 61_000;
    expect((await call(fake, 'GET', '/repos/acme/app')).status).toBe(200);
  });

  it('answers a matching If-None-Match with 304 without spending the budget', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'], rateLimit: { limit: 100 } });
    fake.state.seedIssue('acme/app', { title: 'x' });
    const first = await call(fake, 'GET', '/repos/acme/app/issues');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await call(fake, 'GET', '/repos/acme/app/issues', undefined, {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-ratelimit-used')).toBe('1');

    await call(fake, 'PATCH', '/repos/acme/app/issues/1', { title: 'y' });
    const changed = await call(fake, 'GET', '/repos/acme/app/issues', undefined, {
      headers: { 'if-none-match': etag! },
    });
    expect(changed.status).toBe(200);
  });
});

describe('secondary rate limit', () => {
  it('refuses content creation past the per-minute cap with retry-after and the documented text', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z');
    const fake = createGitHubFake({
      repos: ['acme/app'],
      now: () => now,
      rateLimit: { writesPerMinute: 2, secondaryRetryAfter: 30 },
    });
    for (const title of ['a', 'b']) {
      expect((await call(fake, 'POST', '/repos/acme/app/issues', { title })).status).toBe(201);
    }
    const refused = await call(fake, 'POST', '/repos/acme/app/issues', { title: 'c' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.body.message).toBe(
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    );
    expect(fake.state.issues('acme/app')).toHaveLength(2);
    // Reads are not content creation.
    expect((await call(fake, 'GET', '/repos/acme/app/issues')).status).toBe(200);

    now += 60_000;
    expect((await call(fake, 'POST', '/repos/acme/app/issues', { title: 'c' })).status).toBe(201);
  });
});

describe('recording', () => {
  it('records every request with its status and whether it wrote', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    await call(fake, 'POST', '/repos/acme/app/issues', { title: 'a' });
    await call(fake, 'GET', '/repos/acme/app/issues?state=all&per_page=100');
    await call(fake, 'GET', '/repos/acme/app/issues/9');
    expect(fake.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/repos/acme/app/issues',
        status: 201,
        write: true,
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/repos/acme/app/issues',
        query: { state: 'all', per_page: '100' },
        status: 200,
        write: false,
      }),
      expect.objectContaining({ status: 404, write: false }),
    ]);
    expect(fake.counts()).toEqual({ reads: 2, writes: 1, total: 3 });

    fake.reset();
    expect(fake.requests).toEqual([]);
    expect(fake.state.repo('acme/app')).toBeDefined();
    expect(fake.state.issues('acme/app')).toEqual([]);
  });

  it('serves under a path prefix like Enterprise Server', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'], pathPrefix: '/api/v3' });
    const res = await call(
      fake,
      'POST',
      '/api/v3/repos/acme/app/issues',
      { title: 'x' },
      {
        origin: 'https://ghe.example',
      },
    );
    expect(res.status).toBe(201);
    expect(res.body.url).toBe('https://ghe.example/api/v3/repos/acme/app/issues/1');
    expect(fake.requests[0]?.path).toBe('/repos/acme/app/issues');
  });
});
