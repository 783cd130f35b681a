/**
 * `npm run demo` as a new user runs it, for each tracker's fake: it exits 0 and shows each step
 * of the story. The scripts are compiled once (as `npm run demo` does); each tracker's run then
 * spawns the CLI several times, so this file is slow.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/workspace.js';

const exec = promisify(execFile);

beforeAll(async () => {
  await exec(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.dev.json'],
    {
      cwd: ROOT,
    },
  );
}, 180_000);

describe('npm run demo', () => {
  it.each(['github', 'linear', 'jira', 'jira-datacenter'])(
    '--tracker %s: preview, push, a renamed task, a ticked task, then drift',
    async (tracker) => {
      const { stdout } = await exec(
        process.execPath,
        [path.join(ROOT, 'dist-dev/scripts/demo.js'), '--tracker', tracker],
        { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } },
      );
      const steps = [...stdout.matchAll(/^\d\. (.*?)(?: {2}\$ .*)?$/gm)].map((m) => m[1]);
      expect(steps).toEqual([
        'Check the plan',
        'Preview what a push would do (reads only)',
        expect.stringMatching(/^Push: create/),
        'What plansync wrote into the plan',
        'Rename a task in the plan, then push: one update',
        'Tick a task done in the plan, then push: its issue closes',
        expect.stringMatching(/^Someone renames \S+ on .+; the next preview reports it as drift$/),
        expect.stringMatching(/^Requests the fake /),
      ]);
      // The preview is shown once: the push after it prints only its summary.
      expect(stdout.match(/^ {2}\+ T001 /gm)).toHaveLength(1);
      expect(stdout).toMatch(/^Applied: 2\d created, 0 updated, 0 closed\./m);
      expect(stdout).toContain('+- [ ] T005 [P] Seed demo data for local development');
      expect(stdout).toContain('+- [x] T001 Create the `invitations` table migration');
      expect(stdout).toMatch(/^ {2}~ T005 Seed demo data/m);
      expect(stdout).toMatch(/^ {2}- T001 .*\(closed: done\)/m);
      expect(stdout).toMatch(
        /^ {2}\? T003 Email transport \(SES, decided in standup\) \(drift: title changed on the tracker/m,
      );
      expect(stdout).toContain('Demo finished.');
    },
    180_000,
  );
});
