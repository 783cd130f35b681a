import { beforeEach, expect, it } from 'vitest';
import type { TrackerUnderTest } from '../../fakes/trackers.js';
import { errorLines, useTrackers } from '../../fakes/use-trackers.js';

const run = useTrackers({ PLANSYNC_RETRY_DELAY_MS: '20', PLANSYNC_REQUEST_TIMEOUT_MS: '2000' });

run.each('case 15: %s refusing the credentials on a read', (tracker) => {
  let t: TrackerUnderTest;
  beforeEach(() => {
    t = tracker();
  });

  it('exits 4 when the first request is refused', async () => {
    t.fault('check', { kind: 'status', status: 401, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(4);
    expect(errorLines(result.stderr)).toHaveLength(1);
    expect(result.stderr + result.stdout).not.toContain(t.secret);
  });

  it('exits 4, not 1, when the token is refused on the read after the check, and says what to do', async () => {
    t.fault('listing', { kind: 'status', status: 401, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(4);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`^error: ${t.says} rejected the credentials: 401 Unauthorized`),
      ),
    ]);
    expect(result.stderr).toMatch(/hint: Check that \S+ .*holds a valid, unexpired token/);
    expect(result.stderr + result.stdout).not.toContain(t.secret);
    // Refused credentials are not retried.
    expect(t.faulted()).toBe(1);
  });
});
