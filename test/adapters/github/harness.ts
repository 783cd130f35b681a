/**
 * The GitHub adapter wired to the GitHub fake through msw: no socket, no pacing, and the
 * fake's request log to count what the adapter really sent.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGitHubAdapter } from '../../../adapters/github/index.js';
import type { Adapter, ProgressEvent } from '../../../src/sync/types.js';
import { createGitHubFake, type RecordedRequest } from '../../fakes/github/handler.js';
import { createGitHubMswHandlers } from '../../fakes/github/msw.js';

export const REPO = 'acme/app';
export const TOKEN_ENV = { GITHUB_TOKEN: 'test-token' };

export interface AdapterOverrides {
  options?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
}

export function createGitHubHarness() {
  const fake = createGitHubFake({ repos: [REPO] });
  const server = setupServer(...createGitHubMswHandlers(fake));
  const progress: ProgressEvent[] = [];
  const logged: string[] = [];

  return {
    fake,
    server,
    /** Rate-limit waits the adapter announced. */
    progress,
    /** Debug lines the adapter logged (Octokit's included). */
    logged,
    adapter(overrides: AdapterOverrides = {}): Adapter {
      return createGitHubAdapter(
        { repo: REPO, throttle: false, ...overrides.options },
        {
          env: overrides.env ?? TOKEN_ENV,
          onProgress: (event) => progress.push(event),
          log: (line) => logged.push(line),
        },
      );
    },
    /** Requests since `mark` (an index into the fake's log), as `METHOD /path`. */
    since(mark: number): RecordedRequest[] {
      return fake.requests.slice(mark);
    },
    reset(): void {
      fake.reset();
      progress.length = 0;
      logged.length = 0;
    },
  };
}

export type GitHubHarness = ReturnType<typeof createGitHubHarness>;

/** The harness with msw listening for the file's tests and a clean fake before each. */
export function useGitHubHarness(): GitHubHarness {
  const harness = createGitHubHarness();
  beforeAll(() => harness.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => harness.reset());
  afterAll(() => harness.server.close());
  return harness;
}

/** `METHOD /path` of each request, the way a reader of a request log would scan it. */
export function lines(requests: RecordedRequest[]): string[] {
  return requests.map((r) => `${r.method} ${r.path}`);
}
