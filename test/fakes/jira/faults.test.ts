import { afterEach, describe, expect, it } from 'vitest';
import { authorizationFor, call } from './call.js';
import { createJiraFake } from './handler.js';
import { startJiraFakeServer, type JiraFakeServer } from './server.js';

const BULK = { method: 'POST', path: '/rest/api/3/issue/bulk' } as const;
const bulk = (...summaries: string[]) => ({
  issueUpdates: summaries.map((summary) => ({
    fields: { project: { key: 'PLAN' }, issuetype: { name: 'Task' }, summary },
  })),
});

describe('auth', () => {
  it('answers 401 with Jira’s error shape for a wrong token, in either mode', async () => {
    const cloud = createJiraFake();
    const wrong = `Basic ${Buffer.from('plansync@example.test:nope').toString('base64')}`;
    const res = await call(cloud, 'GET', '/myself', undefined, { authorization: wrong });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      errorMessages: ['Client must be authenticated to access this resource.'],
      errors: {},
    });
    const dc = createJiraFake({ mode: 'datacenter' });
    const dcRes = await call(dc, 'GET', '/myself', undefined, { authorization: 'Bearer nope' });
    expect(dcRes.status).toBe(401);
    expect(dcRes.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect((await call(dc, 'GET', '/myself')).body.name).toBe('plansync');
  });
});

describe('faults through the handler', () => {
  it('answers 429 with Retry-After and creates nothing', async () => {
    const fake = createJiraFake();
    fake.faults.add({ ...BULK, kind: 'rate-limit', retryAfter: 2 });
    const limited = await call(fake, 'POST', '/issue/bulk', bulk('T001'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(fake.state.issues()).toEqual([]);
    expect((await call(fake, 'POST', '/issue/bulk', bulk('T001'))).status).toBe(201);
  });

  it('answers a queued 502 once, then behaves again', async () => {
    const fake = createJiraFake();
    fake.faults.add({ ...BULK, kind: 'status', status: 502 });
    expect((await call(fake, 'POST', '/issue/bulk', bulk('T001'))).status).toBe(502);
    expect(fake.state.issues()).toEqual([]);
    expect((await call(fake, 'POST', '/issue/bulk', bulk('T001'))).status).toBe(201);
    expect(fake.faults.fired.map((f) => [f.kind, f.requestIndex])).toEqual([['status', 0]]);
  });

  it('drops the connection after the bulk create was committed', async () => {
    const fake = createJiraFake();
    fake.faults.add({ ...BULK, kind: 'drop-after-commit' });
    const res = await call(fake, 'POST', '/issue/bulk', bulk('T001', 'T002'));
    expect(res.dropped).toBe(true);
    expect(fake.state.issues().map((i) => i.key)).toEqual(['PLAN-1', 'PLAN-2']);
    expect(fake.requests[0]).toMatchObject({ status: 201, dropped: true, write: true });
  });

  it('counts searches sent as POST as reads', async () => {
    const fake = createJiraFake();
    await call(fake, 'POST', '/search/jql', { jql: 'project = PLAN' });
    await call(fake, 'POST', '/issue/bulk', bulk('T001'));
    expect(fake.counts()).toEqual({ reads: 1, writes: 1, total: 2 });
  });
});

describe('faults over real HTTP', () => {
  let server: JiraFakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const post = (body: unknown) =>
    fetch(`${server!.url}/rest/api/3/issue/bulk`, {
      method: 'POST',
      headers: {
        authorization: authorizationFor(server!.fake),
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });

  it('leaves the issues created when the connection drops after the write', async () => {
    server = await startJiraFakeServer();
    server.fake.faults.add({ ...BULK, kind: 'drop-after-commit' });
    await expect(post(bulk('T001'))).rejects.toThrow();
    expect(server.fake.state.issues().map((i) => i.summary)).toEqual(['T001']);
    expect((await post(bulk('T002'))).status).toBe(201);
  });

  it('creates nothing when the connection drops before the write', async () => {
    server = await startJiraFakeServer();
    server.fake.faults.add({ ...BULK, kind: 'drop-before-commit' });
    await expect(post(bulk('T001'))).rejects.toThrow();
    expect(server.fake.state.issues()).toEqual([]);
  });

  it('adds the configured latency to every request', async () => {
    server = await startJiraFakeServer({ latencyMs: 60 });
    const started = performance.now();
    await post(bulk('T001'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });
});
