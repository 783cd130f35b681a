import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTrackers, type TrackerUnderTest } from '../../fakes/trackers.js';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

const FAST = { PLANSYNC_RETRY_DELAY_MS: '20', PLANSYNC_REQUEST_TIMEOUT_MS: '2000' };
const SETTING = { GitHub: 'github', Linear: 'linear', Jira: 'jira' } as const;

let trackers: Awaited<ReturnType<typeof startTrackers>>;
let repo: Repo | undefined;
beforeAll(async () => {
  trackers = await startTrackers();
});
afterAll(async () => {
  await trackers.close();
});
afterEach(async () => {
  await repo?.remove();
  for (const t of trackers.all) t.reset();
});

async function push(t: TrackerUnderTest, maxWaitSeconds?: number) {
  const planrc = structuredClone(t.planrc) as Record<string, Record<string, unknown>>;
  const section = planrc[SETTING[t.says]]!;
  if (maxWaitSeconds !== undefined) section.maxWaitSeconds = maxWaitSeconds;
  repo = await makeRepo({
    '.planrc.json': JSON.stringify(planrc),
    'specs/001-a/tasks.md': TASKS_MD,
  });
  const started = Date.now();
  const result = await repo.cli(['push'], { env: { ...t.env, ...FAST } });
  return { ...result, ms: Date.now() - started };
}

function errorLines(stderr: string): string[] {
  expect(stderr).not.toContain('    at ');
  return stderr.split('\n').filter((line) => line.startsWith('error:'));
}

describe.each(['GitHub', 'Linear', 'Jira Cloud', 'Jira Data Center'])(
  'case 15: %s rate limiting a read',
  (name) => {
    let t: TrackerUnderTest;
    beforeEach(() => {
      t = trackers.all.find((x) => x.name === name)!;
    });

    it('stops at once on a one-hour retry-after, says when to run again, and exits 3', async () => {
      t.fault('listing', { kind: 'retry-after', seconds: 3600, times: Infinity });

      const result = await push(t);

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

      const result = await push(t, 60);

      expect(result.code).toBe(3);
      expect(errorLines(result.stderr)).toEqual([
        expect.stringContaining(`asks for a wait of 120s, longer than the 60s`),
      ]);
      expect(t.faulted()).toBe(1);
    });

    it('waits out a short retry-after, saying so on stderr, and finishes', async () => {
      t.fault('listing', { kind: 'retry-after', seconds: 1 });

      const result = await push(t);

      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/rate limit: waiting 1s before retrying/);
      expect(t.faulted()).toBe(1);
    });
  },
);
