/**
 * The GitHub adapter wired to the GitHub fake through msw: no socket, no pacing, and the
 * fake's request log to count what the adapter really sent.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createGitHubAdapter } from '../../../adapters/github/index.js';
import { encodeMarker } from '../../../src/contract/marker.js';
import type { Adapter, Marker, ProgressEvent } from '../../../src/diff/types.js';
import { createGitHubFake, type RecordedRequest } from '../../fakes/github/handler.js';
import { createGitHubMswHandlers } from '../../fakes/github/msw.js';

export const REPO = 'acme/app';
export const TOKEN_ENV = { GITHUB_TOKEN: 'test-token' };

/** A request as the adapter sent it, body included (the fake's log keeps no bodies). */
export interface SentRequest {
  method: string;
  /** Path without the query, e.g. `/repos/acme/app/issues/3`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface AdapterOverrides {
  options?: Record<string, unknown>;
  env?: Record<string, string | undefined>;
}

export function createGitHubHarness() {
  const fake = createGitHubFake({ repos: [REPO] });
  const server = setupServer(...createGitHubMswHandlers(fake));
  const progress: ProgressEvent[] = [];
  const logged: string[] = [];
  const sent: Promise<SentRequest>[] = [];
  server.events.on('request:start', ({ request }) => {
    sent.push(readSent(request.clone()));
  });

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
    /** Every request the adapter sent since the last reset, with its body. */
    sent: (): Promise<SentRequest[]> => Promise.all(sent),
    /** Requests the fake received since `mark` (an index into its log). */
    since(mark: number): RecordedRequest[] {
      return fake.requests.slice(mark);
    },
    reset(): void {
      fake.reset();
      progress.length = 0;
      logged.length = 0;
      sent.length = 0;
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

/** An issue body or milestone description with plansync's region, as the adapter writes it. */
export function markedBody(marker: Marker, owned: string, around = { before: '', after: '' }) {
  return `${around.before}<!-- ${encodeMarker(marker)} -->\n${owned}\n<!-- /plansync -->${around.after}`;
}

async function readSent(request: Request): Promise<SentRequest> {
  const url = new URL(request.url);
  const text = await request.text();
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body: text.trim() === '' ? undefined : (JSON.parse(text) as unknown),
  };
}
