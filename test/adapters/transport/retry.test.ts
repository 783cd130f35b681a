import { describe, expect, it } from 'vitest';
import { TransportError } from '../../../adapters/transport/guarded-fetch.js';
import { DEFAULT_POLICY, transportPolicy } from '../../../adapters/transport/policy.js';
import { withRetries } from '../../../adapters/transport/retry.js';
import { TrackerFailure } from '../../../adapters/transport/tracker-failure.js';
import type { ProgressEvent } from '../../../src/contract/types.js';

const unavailable = Object.assign(new Error('Service Unavailable'), { status: 503 });

/** A clock that moves only when the retry sleeps: no real waiting, exact totals. */
function clock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

describe('the transport policy', () => {
  it('defaults to a 30 s deadline and 3 retries from 1 s, and reads the environment', () => {
    expect(transportPolicy({})).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toEqual({ timeoutMs: 30_000, retries: 3, retryDelayMs: 1000 });
    expect(
      transportPolicy({
        PLANSYNC_REQUEST_TIMEOUT_MS: '500',
        PLANSYNC_RETRIES: '1',
        PLANSYNC_RETRY_DELAY_MS: '0',
      }),
    ).toEqual({ timeoutMs: 500, retries: 1, retryDelayMs: 0 });
    // Nonsense falls back to the default rather than to "no deadline".
    expect(transportPolicy({ PLANSYNC_REQUEST_TIMEOUT_MS: 'soon' }).timeoutMs).toBe(30_000);
  });
});

describe('bounded retries', () => {
  it('waits 1 s, 2 s, 4 s, announcing each, then stops with the status and the time spent', async () => {
    const c = clock();
    const progress: ProgressEvent[] = [];
    let tries = 0;
    const error = await withRetries(
      async () => {
        tries += 1;
        throw unavailable;
      },
      {
        tracker: 'GitHub',
        label: 'GET /repos/{owner}/{repo}/issues',
        policy: DEFAULT_POLICY,
        retry: true,
        statusOf: (e) => (e as { status?: number }).status,
        onProgress: (event) => progress.push(event),
        sleep: c.sleep,
        now: c.now,
      },
    ).catch((e: unknown) => e);

    expect(tries).toBe(4);
    expect(c.waits).toEqual([1000, 2000, 4000]);
    expect(progress.map((p) => p.message)).toEqual([
      'GitHub answered 503 Service Unavailable to GET /repos/{owner}/{repo}/issues: waiting 1s before retry 1/3',
      'GitHub answered 503 Service Unavailable to GET /repos/{owner}/{repo}/issues: waiting 2s before retry 2/3',
      'GitHub answered 503 Service Unavailable to GET /repos/{owner}/{repo}/issues: waiting 4s before retry 3/3',
    ]);
    expect(error).toBeInstanceOf(TrackerFailure);
    expect((error as Error).message).toBe(
      'GitHub answered 503 Service Unavailable on every attempt (4 tries over 7s); try again later',
    );
    expect((error as TrackerFailure).flags).toEqual({ status: 503, ambiguous: true });
  });

  it('sends a write once, and hands its failure back untouched for the core to recover', async () => {
    const c = clock();
    let tries = 0;
    const error = await withRetries(
      async () => {
        tries += 1;
        throw unavailable;
      },
      {
        tracker: 'Jira',
        label: 'bulk create',
        policy: DEFAULT_POLICY,
        retry: false,
        statusOf: (e) => (e as { status?: number }).status,
        sleep: c.sleep,
        now: c.now,
      },
    ).catch((e: unknown) => e);
    expect([tries, error]).toEqual([1, unavailable]);
  });

  it('names the reason when there was no answer at all', async () => {
    const c = clock();
    const error = await withRetries(
      async () => {
        throw new TransportError(
          'unreachable',
          'http://127.0.0.1:9/graphql',
          'http://127.0.0.1:9/graphql',
          'connection refused',
        );
      },
      {
        tracker: 'Linear',
        label: 'PlansyncTeam',
        policy: { ...DEFAULT_POLICY, retries: 1 },
        retry: true,
        statusOf: () => undefined,
        sleep: c.sleep,
        now: c.now,
      },
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'cannot reach http://127.0.0.1:9/graphql: connection refused (2 tries over 1s)',
    );
    expect((error as TrackerFailure).exitCode).toBe(1);
  });
});
