import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTrackers, type TrackerUnderTest } from '../../fakes/trackers.js';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

const FAST = { PLANSYNC_RETRY_DELAY_MS: '20', PLANSYNC_REQUEST_TIMEOUT_MS: '2000' };

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

async function push(t: TrackerUnderTest) {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify(t.planrc),
    'specs/001-a/tasks.md': TASKS_MD,
  });
  return repo.cli(['push'], { env: { ...t.env, ...FAST } });
}

describe.each(['GitHub', 'Linear', 'Jira Cloud', 'Jira Data Center'])(
  'case 15: %s refusing the credentials on a read',
  (name) => {
    let t: TrackerUnderTest;
    beforeEach(() => {
      t = trackers.all.find((x) => x.name === name)!;
    });

    it('exits 4 when the first request is refused', async () => {
      t.fault('check', { kind: 'status', status: 401, times: Infinity });

      const result = await push(t);

      expect(result.code).toBe(4);
      expect(result.stderr).not.toContain('    at ');
      expect(result.stderr + result.stdout).not.toContain(t.secret);
    });

    it('exits 4, not 1, when the token is refused on the read after the check, and says what to do', async () => {
      t.fault('listing', { kind: 'status', status: 401, times: Infinity });

      const result = await push(t);

      expect(result.code).toBe(4);
      const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
      expect(errors).toEqual([
        expect.stringMatching(
          new RegExp(`^error: ${t.says} rejected the credentials: 401 Unauthorized`),
        ),
      ]);
      expect(result.stderr).toMatch(/hint: Check that \S+ .*holds a valid, unexpired token/);
      expect(result.stderr).not.toContain('    at ');
      expect(result.stderr + result.stdout).not.toContain(t.secret);
      // Refused credentials are not retried.
      expect(t.faulted()).toBe(1);
    });
  },
);
