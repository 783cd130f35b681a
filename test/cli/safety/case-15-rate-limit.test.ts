import { beforeEach, expect, it } from 'vitest';
import type { TrackerUnderTest } from '../../fakes/trackers.js';
import { errorLines, useTrackers } from '../../fakes/use-trackers.js';

const run = useTrackers({ PLANSYNC_RETRY_DELAY_MS: '20', PLANSYNC_REQUEST_TIMEOUT_MS: '2000' });
const SETTING = { GitHub: 'github', Linear: 'linear', Jira: 'jira' } as const;

/** The tracker's setup with its rate-limit ceiling set in `.planrc.json`. */
function withMaxWait(t: TrackerUnderTest, maxWaitSeconds: number) {
  const planrc = structuredClone(t.planrc) as Record<string, Record<string, unknown>>;
  planrc[SETTING[t.says]]!.maxWaitSeconds = maxWaitSeconds;
  return { planrc, env: t.env };
}

run.each('case 15: %s rate limiting a read', (tracker) => {
  let t: TrackerUnderTest;
  beforeEach(() => {
    t = tracker();
  });

  it('stops at once on a one-hour retry-after, says when to run again, and exits 3', async () => {
    t.fault('listing', { kind: 'retry-after', seconds: 3600, times: Infinity });

    const result = await run.push(t);

    expect(result.code).toBe(3);
    const setting = `${SETTING[t.says]}.maxWaitSeconds`;
    expect(errorLines(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: ${t.says}'s rate limit asks for a wait of 60 minutes, longer than the \\d+s ${setting.replace('.', '\\.')} allows; run again after \\d\\d:\\d\\d UTC$`,
        ),
      ),
    ]);
    expect(result.stderr).toContain(`hint: Nothing more was sent. Run again after that time`);
    // Asked once, not sent three more times.
    expect(t.faulted()).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('stops the check before the read the same way, under a ceiling set in .planrc', async () => {
    t.fault('check', { kind: 'retry-after', seconds: 120, times: Infinity });

    const result = await run.push(withMaxWait(t, 60));

    expect(result.code).toBe(3);
    expect(errorLines(result.stderr)).toEqual([
      expect.stringContaining(`asks for a wait of 120s, longer than the 60s`),
    ]);
    expect(t.faulted()).toBe(1);
  });

  it('waits out a short retry-after, saying so on stderr, and finishes', async () => {
    t.fault('listing', { kind: 'retry-after', seconds: 1 });

    const result = await run.push(t);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/rate limit: waiting 1s before retrying/);
    expect(t.faulted()).toBe(1);
  });
});
