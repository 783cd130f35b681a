import { DEFAULT_TOKEN } from '../test/fakes/github/handler.js';
import { startGitHubFakeServer } from '../test/fakes/github/server.js';
import { type PushBenchOptions, type PushResult, threePushes } from './three-pushes.js';

export type { PushBenchOptions, PushResult, PushRun } from './three-pushes.js';

const REPO = 'acme/app';

/** The three pushes against the GitHub fake. */
export async function benchGitHubPush(options: PushBenchOptions): Promise<PushResult[]> {
  const server = await startGitHubFakeServer({ repos: [REPO], latencyMs: options.latencyMs });
  return threePushes(options, {
    fake: server.fake,
    close: () => server.close(),
    // The fake has no content-creation limit to respect; real runs keep throttling on.
    config: { tracker: 'github', github: { repo: REPO, throttle: false } },
    env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: DEFAULT_TOKEN },
    routeOf: (r) => `${r.method} ${r.path.replace(`/repos/${REPO}`, '').replace(/\/\d+/g, '/:n')}`,
  });
}

/** The no-op budget: one page of 100 per list read, plus a few fixed calls, and no writes. */
export function noOpBudget(tasks: number, phases: number): number {
  return Math.ceil(tasks / 100) + Math.ceil(phases / 100) + 3;
}
