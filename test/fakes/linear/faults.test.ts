import { afterEach, describe, expect, it } from 'vitest';
import { gql } from './call.js';
import { createLinearFake } from './handler.js';
import { startLinearFakeServer, type LinearFakeServer } from './server.js';

const BATCH = `mutation Batch($input: IssueBatchCreateInput!) {
  issueBatchCreate(input: $input) { issues { identifier } }
}`;

function setup() {
  const fake = createLinearFake();
  const teamId = fake.state.mustTeam('ENG').id;
  const batch = (title: string) => gql(fake, BATCH, { input: { issues: [{ teamId, title }] } });
  return { fake, batch };
}

describe('faults on demand', () => {
  it('answers a queued 503 once, writes nothing, then behaves again', async () => {
    const { fake, batch } = setup();
    fake.faults.add({ operation: 'issueBatchCreate', kind: 'status', status: 503 });
    expect((await batch('a')).status).toBe(503);
    expect(fake.state.issues).toEqual([]);
    expect((await batch('a')).status).toBe(200);
    expect(fake.faults.fired.map((f) => [f.kind, f.operation, f.requestIndex])).toEqual([
      ['status', 'Batch', 0],
    ]);
  });

  it('drops the connection after the batch was committed', async () => {
    const { fake, batch } = setup();
    fake.faults.add({ write: true, kind: 'drop-after-commit' });
    const res = await batch('a');
    expect(res.dropped).toBe(true);
    expect(fake.state.issues.map((i) => i.title)).toEqual(['a']);
    expect(fake.requests[0]).toMatchObject({ status: 200, dropped: true, write: true });
  });

  it('drops the connection before anything is written', async () => {
    const { fake, batch } = setup();
    fake.faults.add({ write: true, kind: 'drop-before-commit' });
    expect((await batch('a')).dropped).toBe(true);
    expect(fake.state.issues).toEqual([]);
  });

  it('answers ratelimited on demand with a reset time, leaving reads alone', async () => {
    const { fake, batch } = setup();
    fake.faults.add({ write: true, kind: 'ratelimited', resetMs: 1500 });
    expect((await gql(fake, '{ viewer { id } }')).status).toBe(200);
    const started = Date.now();
    const limited = await batch('a');
    expect(limited.body.errors[0].extensions.type).toBe('ratelimited');
    const reset = Number(limited.headers.get('x-ratelimit-requests-reset'));
    expect(reset - started).toBeGreaterThanOrEqual(1500);
    expect(fake.state.issues).toEqual([]);
  });

  it('fires on the nth matching request, for the given number of times', async () => {
    const { fake, batch } = setup();
    fake.faults.add({ operation: /^issueBatch/, nth: 2, times: 2, kind: 'status', status: 503 });
    const statuses = [];
    for (const title of ['a', 'b', 'c', 'd']) statuses.push((await batch(title)).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(fake.faults.pending()).toEqual([]);
  });

  it('delays an answer by the given time', async () => {
    const { fake } = setup();
    fake.faults.add({ kind: 'delay', ms: 120 });
    const started = performance.now();
    expect((await gql(fake, '{ viewer { id } }')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe('faults over real HTTP', () => {
  let server: LinearFakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('closes the socket without an answer when the connection is dropped after the write', async () => {
    server = await startLinearFakeServer();
    const teamId = server.fake.state.mustTeam('ENG').id;
    server.fake.faults.add({ write: true, kind: 'drop-after-commit' });
    const send = () =>
      fetch(server!.apiUrl, {
        method: 'POST',
        headers: { authorization: 'test-linear-key', 'content-type': 'application/json' },
        body: JSON.stringify({
          query: BATCH,
          variables: { input: { issues: [{ teamId, title: 'a' }] } },
        }),
      });
    await expect(send()).rejects.toThrow();
    expect(server.fake.state.issues).toHaveLength(1);
  });
});
