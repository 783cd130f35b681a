import { beforeAll, beforeEach, expect, it } from 'vitest';
import { startHttpServer } from '../../fakes/http-server.js';
import type { TrackerUnderTest } from '../../fakes/trackers.js';
import { errorLines, useTrackers } from '../../fakes/use-trackers.js';

/** A deadline of 300 ms per request and short waits: silence is found out in about a second. */
const run = useTrackers({ PLANSYNC_RETRY_DELAY_MS: '20', PLANSYNC_REQUEST_TIMEOUT_MS: '300' });

/** An address where nothing listens: a server started, then closed. */
let closed: string;
beforeAll(async () => {
  const server = await startHttpServer(async () => new Response(''));
  closed = server.url;
  await server.close();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

run.each('case 15: %s out of reach', (tracker) => {
  let t: TrackerUnderTest;
  beforeEach(() => {
    t = tracker();
  });

  it('says "connection refused" in one line when nothing listens, after a few quick tries (exit 1)', async () => {
    const api = t.name === 'Linear' ? `${closed}/graphql` : closed;

    const result = await run.push(t.pointedAt(api));

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: cannot reach ${escape(api)}: connection refused \\(4 tries over \\d+s\\)$`,
        ),
      ),
    ]);
    expect(result.stderr).toMatch(
      /did not answer \(connection refused\) to .*: waiting 20ms before retry 1\/3/,
    );
    expect(result.stderr).toContain('hint: Check the network');
    expect(result.ms).toBeLessThan(10_000);
  });

  it('says the host cannot be found when its name does not resolve (exit 1)', async () => {
    const api = `https://plansync-test.invalid${t.name === 'Linear' ? '/graphql' : ''}`;

    const result = await run.push(t.pointedAt(api));

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`^error: cannot reach ${escape(api)}: (host not found|no answer within)`),
      ),
    ]);
    expect(result.ms).toBeLessThan(15_000);
  });

  it('gives up on a server that takes the request and never answers, within the deadlines (exit 1)', async () => {
    t.fault('listing', { kind: 'hang', times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: cannot reach ${escape(t.api)}: no answer within 0\\.3s \\(4 tries over \\d+s\\)$`,
        ),
      ),
    ]);
    expect(t.faulted()).toBe(4);
    // Four deadlines of 0.3 s and three short waits: about 1.3 s, never the minutes it was.
    expect(result.ms).toBeGreaterThanOrEqual(1200);
    expect(result.ms).toBeLessThan(10_000);
  });
});
