import { DEFAULT_API_KEY } from '../test/fakes/linear/handler.js';
import { startLinearFakeServer } from '../test/fakes/linear/server.js';
import { type PushBenchOptions, type PushResult, threePushes } from './three-pushes.js';

/** The three pushes against the Linear fake; writes are named by their operation. */
export async function benchLinearPush(options: PushBenchOptions): Promise<PushResult[]> {
  const server = await startLinearFakeServer({ latencyMs: options.latencyMs });
  return threePushes(options, {
    fake: server.fake,
    close: () => server.close(),
    config: { tracker: 'linear', linear: { team: 'ENG', apiUrl: server.apiUrl } },
    env: { LINEAR_API_KEY: DEFAULT_API_KEY },
    routeOf: (r) => r.operation,
  });
}

/** Linear's no-op budget: one page of 250 issues, one of 50 milestones, and a few fixed calls. */
export function linearNoOpBudget(tasks: number, phases: number): number {
  return Math.ceil(tasks / 250) + Math.ceil(phases / 50) + 3;
}

/** Requests of a first push that create issues: one issueBatchCreate per 50 tasks. */
export function linearCreateBudget(tasks: number): number {
  return Math.ceil(tasks / 50);
}
