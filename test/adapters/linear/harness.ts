/**
 * The Linear adapter wired to the Linear fake through msw: no socket, and the fake's request
 * log (operation, variables, status) to count and inspect what the adapter really sent.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createLinearAdapter } from '../../../adapters/linear/index.js';
import type { Adapter, ProgressEvent } from '../../../src/contract/types.js';
import { useKinds } from '../../../src/testing/requests.js';
import {
  createLinearFake,
  DEFAULT_API_KEY,
  type LinearFakeOptions,
} from '../../fakes/linear/handler.js';
import { createLinearMswHandlers, LINEAR_API_URL } from '../../fakes/linear/msw.js';

export const KEY_ENV = { LINEAR_API_KEY: DEFAULT_API_KEY };

export interface AdapterOverrides {
  options?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
}

export function createLinearHarness(fakeOptions: LinearFakeOptions = {}) {
  const fake = createLinearFake(fakeOptions);
  const server = setupServer(...createLinearMswHandlers(fake));
  const progress: ProgressEvent[] = [];
  const logged: string[] = [];

  return {
    fake,
    server,
    /** Rate-limit waits the adapter announced. */
    progress,
    logged,
    /** The adapter; requests built by src/testing then render the marker where it keeps it. */
    adapter(overrides: AdapterOverrides = {}): Adapter {
      const adapter = createLinearAdapter(
        {
          team: 'ENG',
          apiUrl: LINEAR_API_URL,
          maxWaitSeconds: 60,
          labelColor: '#bec2c8',
          ...overrides.options,
        },
        {
          env: overrides.env ?? KEY_ENV,
          onProgress: (event) => progress.push(event),
          log: (line) => logged.push(line),
        },
      );
      useKinds(adapter.kinds);
      return adapter;
    },
    /** Operation names of the requests since `mark` (an index into the fake's log). */
    operations(mark = 0): string[] {
      return fake.requests.slice(mark).map((r) => r.operation);
    },
    reset(): void {
      fake.reset();
      progress.length = 0;
      logged.length = 0;
    },
  };
}

export type LinearHarness = ReturnType<typeof createLinearHarness>;

/** The harness with msw listening for the file's tests and a clean fake before each. */
export function useLinearHarness(fakeOptions: LinearFakeOptions = {}): LinearHarness {
  const harness = createLinearHarness(fakeOptions);
  beforeAll(() => harness.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => harness.reset());
  afterAll(() => harness.server.close());
  return harness;
}
