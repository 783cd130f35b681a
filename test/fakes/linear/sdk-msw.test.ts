import { LinearClient, RatelimitedLinearError } from '@linear/sdk';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLinearFake, DEFAULT_API_KEY } from './handler.js';
import { createLinearMswHandlers } from './msw.js';

const fake = createLinearFake();
const server = setupServer(...createLinearMswHandlers(fake));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
afterAll(() => server.close());

const linear = () => new LinearClient({ apiKey: DEFAULT_API_KEY });

describe('a real @linear/sdk client through msw', () => {
  it('reaches the fake at the default API URL and is counted', async () => {
    const res = await linear().client.rawRequest<any, any>('query Me { viewer { id name } }');
    expect(res.data.viewer.name).toBe('Plansync Bot');
    expect(fake.counts()).toEqual({ reads: 1, writes: 0, total: 1 });
  });

  it('sees a rate limit as RatelimitedLinearError and a drop as a network failure', async () => {
    fake.faults.add({ kind: 'ratelimited' });
    fake.faults.add({ kind: 'drop-before-commit' });
    await expect(linear().client.rawRequest('{ viewer { id } }')).rejects.toBeInstanceOf(
      RatelimitedLinearError,
    );
    await expect(linear().client.rawRequest('{ viewer { id } }')).rejects.toThrow();
    expect(fake.faults.fired.map((f) => f.kind)).toEqual(['ratelimited', 'drop-before-commit']);
  });
});
