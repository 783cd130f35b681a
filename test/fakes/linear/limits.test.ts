import { describe, expect, it } from 'vitest';
import { gql } from './call.js';
import { createLinearFake } from './handler.js';

const VIEWER = '{ viewer { id } }';

describe("Linear's leaky-bucket rate limit", () => {
  it('answers ratelimited with HTTP 400, the error shape and reset headers when the bucket is empty', async () => {
    let now = 1_700_000_000_000;
    const fake = createLinearFake({ now: () => now, rateLimit: { requests: 2, refillMs: 2000 } });
    const ok = await gql(fake, VIEWER);
    expect(ok.headers.get('x-ratelimit-requests-limit')).toBe('2');
    expect(ok.headers.get('x-ratelimit-requests-remaining')).toBe('1');
    await gql(fake, VIEWER);

    const limited = await gql(fake, VIEWER);
    expect(limited.status).toBe(400);
    expect(limited.body.errors[0]).toMatchObject({
      message: 'Rate limit exceeded',
      extensions: { type: 'ratelimited', code: 'RATELIMITED', userError: true },
    });
    expect(limited.headers.get('x-ratelimit-requests-remaining')).toBe('0');
    // The bucket is full again after a whole refill period, reported in epoch milliseconds.
    expect(Number(limited.headers.get('x-ratelimit-requests-reset'))).toBe(now + 2000);

    now += 1000;
    expect((await gql(fake, VIEWER)).status).toBe(200);
  });

  it('reports complexity spent and left on every answer', async () => {
    const fake = createLinearFake();
    const res = await gql(fake, '{ issues(first: 10) { nodes { id title } } }');
    expect(res.headers.get('x-complexity')).toBe('13');
    expect(res.headers.get('x-ratelimit-complexity-limit')).toBe('250000');
    expect(Number(res.headers.get('x-ratelimit-complexity-remaining'))).toBe(250_000 - 13);
  });
});

describe('authentication', () => {
  it("refuses a wrong key, and a right key sent as a Bearer token, with Linear's shape", async () => {
    const fake = createLinearFake();
    for (const apiKey of ['wrong', 'Bearer test-linear-key', null]) {
      const res = await gql(fake, VIEWER, {}, { apiKey });
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({
        message: 'Authentication required, not authenticated',
        extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR', userError: true },
      });
      expect(JSON.stringify(res.body)).not.toContain('test-linear-key');
    }
    expect((await gql(fake, VIEWER)).status).toBe(200);
  });
});
