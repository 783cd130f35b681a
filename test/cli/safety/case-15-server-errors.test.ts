import { beforeEach, expect, it } from 'vitest';
import type { TrackerUnderTest } from '../../fakes/trackers.js';
import { errorLines, useTrackers } from '../../fakes/use-trackers.js';

/** Short waits, so a test sits through every retry in a blink. */
const run = useTrackers({ PLANSYNC_RETRY_DELAY_MS: '20', PLANSYNC_REQUEST_TIMEOUT_MS: '2000' });

run.each('case 15: %s answering server errors', (tracker) => {
  let t: TrackerUnderTest;
  beforeEach(() => {
    t = tracker();
  });

  it('stops a 503 that never ends after 4 tries, saying so while it waits, then in one line (exit 1)', async () => {
    t.fault('listing', { kind: 'status', status: 503, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: ${t.says} answered 503 Service Unavailable on every attempt \\(4 tries over \\d+s\\); try again later$`,
        ),
      ),
    ]);
    expect(result.stderr).toMatch(/hint: .*run the same command again later/);
    for (const n of [1, 2, 3]) {
      expect(result.stderr).toMatch(new RegExp(`waiting \\d+ms before retry ${n}/3`));
    }
    expect(t.faulted()).toBe(4);
    // 20 + 40 + 80 ms of waiting: bounded far below the ten silent minutes it once was.
    expect(result.ms).toBeLessThan(15_000);
  });

  it('stops the check before the read the same way when every request meets a 503', async () => {
    t.fault('check', { kind: 'status', status: 503, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringContaining(`${t.says} answered 503 Service Unavailable on every attempt`),
    ]);
    expect(t.faulted()).toBe(4);
  });

  it('goes on after one 500 on a read, having said it retries', async () => {
    t.fault('listing', { kind: 'status', status: 500 });

    const result = await run.push(t);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      new RegExp(
        `${t.says} answered 500 Internal Server Error to .*: waiting \\d+ms before retry 1/3`,
      ),
    );
    expect(t.faulted()).toBe(1);
  });

  it('names a 410 on a read and what to do, in one line, without retrying it', async () => {
    t.fault('listing', { kind: 'status', status: 410, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^error: ${t.says} answered 410 Gone`)),
    ]);
    expect(result.stderr).toMatch(/hint: The resource is gone or switched off/);
    expect(t.faulted()).toBe(1);
  });

  it('says an HTML error page came back, not a page of HTML, in one line', async () => {
    t.fault('listing', { kind: 'html', status: 404, title: 'Page not found' });

    const result = await run.push(t);

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      `error: ${t.says} answered 404 Not Found: an HTML page titled "Page not found" instead of the API's JSON`,
    ]);
    expect(result.stderr).toMatch(/hint: Something between plansync and the API answered/);
    expect(result.stderr).not.toContain('<html');
  });

  it('gives up on an HTML 502 page from a proxy after 4 tries, in one line', async () => {
    t.fault('listing', { kind: 'html', status: 502, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringContaining(`${t.says} answered 502 Bad Gateway on every attempt (4 tries`),
    ]);
    expect(result.stderr).not.toContain('<html');
  });
});
