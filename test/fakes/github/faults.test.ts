import { afterEach, describe, expect, it } from 'vitest';
import { call } from './call.js';
import { createGitHubFake } from './handler.js';
import { startGitHubFakeServer, type GitHubFakeServer } from './server.js';

const CREATE = { method: 'POST', path: /\/issues$/ } as const;

describe('faults through the handler', () => {
  it('answers a queued status once, then behaves again', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ ...CREATE, kind: 'status', status: 502 });
    const failed = await call(fake, 'POST', '/repos/acme/app/issues', { title: 'a' });
    expect(failed.status).toBe(502);
    expect(fake.state.issues('acme/app')).toEqual([]);
    expect((await call(fake, 'POST', '/repos/acme/app/issues', { title: 'a' })).status).toBe(201);
    expect(fake.faults.fired.map((f) => [f.kind, f.requestIndex])).toEqual([['status', 0]]);
    expect(fake.faults.pending()).toEqual([]);
  });

  it('fires on the nth matching request, for the given number of times, ignoring others', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ ...CREATE, nth: 2, times: 2, kind: 'status', status: 500 });
    const statuses: number[] = [];
    for (const title of ['a', 'b', 'c', 'd']) {
      await call(fake, 'GET', '/repos/acme/app/issues');
      statuses.push((await call(fake, 'POST', '/repos/acme/app/issues', { title })).status);
    }
    expect(statuses).toEqual([201, 500, 500, 201]);
  });

  it('fires faults added for the same request one after another', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ ...CREATE, kind: 'status', status: 502 });
    fake.faults.add({ ...CREATE, kind: 'secondary-rate-limit', retryAfter: 1 });
    const statuses: number[] = [];
    for (const title of ['a', 'b', 'c']) {
      statuses.push((await call(fake, 'POST', '/repos/acme/app/issues', { title })).status);
    }
    expect(statuses).toEqual([502, 403, 201]);
  });

  it('answers a secondary rate limit with retry-after and writes nothing', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ ...CREATE, kind: 'secondary-rate-limit', retryAfter: 1 });
    const res = await call(fake, 'POST', '/repos/acme/app/issues', { title: 'a' });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.body.message).toMatch(/secondary rate limit/);
    expect(fake.state.issues('acme/app')).toEqual([]);
  });

  it('drops the connection after the write has happened', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ ...CREATE, kind: 'drop-after-commit' });
    const res = await call(fake, 'POST', '/repos/acme/app/issues', { title: 'a' });
    expect(res.dropped).toBe(true);
    expect(fake.state.issues('acme/app').map((i) => i.title)).toEqual(['a']);
    expect(fake.requests[0]).toMatchObject({
      status: 201,
      dropped: true,
      fault: 'drop-after-commit',
    });
  });

  it('drops the connection before anything is written', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ ...CREATE, kind: 'drop-before-commit' });
    const res = await call(fake, 'POST', '/repos/acme/app/issues', { title: 'a' });
    expect(res.dropped).toBe(true);
    expect(fake.state.issues('acme/app')).toEqual([]);
  });

  it('delays an answer by the given time', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.faults.add({ method: 'GET', path: '/repos/acme/app', kind: 'delay', ms: 120 });
    const started = performance.now();
    const res = await call(fake, 'GET', '/repos/acme/app');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe('faults over real HTTP', () => {
  let server: GitHubFakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const post = (title: string) =>
    fetch(`${server!.url}/repos/acme/app/issues`, {
      method: 'POST',
      headers: { authorization: 'token test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });

  it('leaves the issue created when the connection drops after the write', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    server.fake.faults.add({ ...CREATE, kind: 'drop-after-commit' });
    await expect(post('T001 Set up')).rejects.toThrow();
    expect(server.fake.state.issues('acme/app').map((i) => i.title)).toEqual(['T001 Set up']);
    // The server is still healthy for the next request.
    expect((await post('T002')).status).toBe(201);
  });

  it('creates nothing when the connection drops before the write', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    server.fake.faults.add({ ...CREATE, kind: 'drop-before-commit' });
    await expect(post('T001')).rejects.toThrow();
    expect(server.fake.state.issues('acme/app')).toEqual([]);
  });

  it('sends statuses, headers and JSON bodies through unchanged', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'] });
    server.fake.faults.add({ ...CREATE, kind: 'secondary-rate-limit', retryAfter: 3 });
    const limited = await post('a');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('3');
    const created = await post('a');
    expect(created.status).toBe(201);
    expect(created.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(((await created.json()) as { url: string }).url).toBe(
      `${server.url}/repos/acme/app/issues/1`,
    );
  });

  it('adds the configured latency to every request', async () => {
    server = await startGitHubFakeServer({ repos: ['acme/app'], latencyMs: 80 });
    const started = performance.now();
    await post('a');
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });
});
