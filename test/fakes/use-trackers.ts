/**
 * A safety test's setup against the four tracker fakes: started once per file, reset after
 * each test, and a `push` that runs the CLI in-process in a fresh repository, timed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { makeRepo, type Repo, TASKS_MD } from '../cli/run-cli.js';
import { startTrackers, type TrackerName, type TrackerUnderTest } from './trackers.js';

export const TRACKERS: TrackerName[] = ['GitHub', 'Linear', 'Jira Cloud', 'Jira Data Center'];

export interface TimedResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds the command took. */
  ms: number;
}

/** `env` is added to every run: short deadlines and waits, so failures are found quickly. */
export function useTrackers(env: Record<string, string>) {
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
    repo = undefined;
    for (const t of trackers.all) t.reset();
  });
  return {
    /** `plansync push` with this `.planrc.json` and environment. */
    async push(setup: {
      planrc: Record<string, unknown>;
      env: Record<string, string>;
    }): Promise<TimedResult> {
      repo = await makeRepo({
        '.planrc.json': JSON.stringify(setup.planrc),
        'specs/001-a/tasks.md': TASKS_MD,
      });
      const started = Date.now();
      const result = await repo.cli(['push'], { env: { ...setup.env, ...env } });
      return { ...result, ms: Date.now() - started };
    },
    /** One describe block per tracker; `tracker()` is the one under test. */
    each(title: string, body: (tracker: () => TrackerUnderTest) => void): void {
      describe.each(TRACKERS)(title, (name) => {
        let current: TrackerUnderTest;
        beforeEach(() => {
          current = trackers.all.find((t) => t.name === name)!;
        });
        body(() => current);
      });
    },
  };
}

/** The lines that report the failure, checking on the way that no stack trace was printed. */
export function errorLines(stderr: string): string[] {
  expect(stderr).not.toContain('    at ');
  return stderr.split('\n').filter((line) => line.startsWith('error:'));
}
