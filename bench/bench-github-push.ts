import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeWorkspace } from '../scripts/support/make-workspace.js';
import { runPlansync } from '../scripts/support/run-plansync.js';
import { DEFAULT_TOKEN } from '../test/fakes/github/handler.js';
import { startGitHubFakeServer } from '../test/fakes/github/server.js';
import { generateFeature } from './generate-feature.js';

export type PushRun = 'first push' | 'no-op push' | 'one-task edit';

export interface PushResult {
  tasks: number;
  phases: number;
  run: PushRun;
  reads: number;
  writes: number;
  /** Wall time of the CLI process, start to exit, Node's start-up included. */
  ms: number;
  /** Writes by route, most first: `POST /issues × 500`. */
  writeRoutes: string[];
  /** Exit code, and stderr when it was not 0. */
  code: number | null;
  error: string | null;
}

export interface PushBenchOptions {
  tasks: number;
  phaseSize: number;
  latencyMs: number;
}

const REPO = 'acme/app';

/**
 * Three pushes of one generated feature by the real CLI against the GitHub fake over HTTP,
 * counting what the fake received for each.
 */
export async function benchGitHubPush(options: PushBenchOptions): Promise<PushResult[]> {
  const generated = generateFeature({ tasks: options.tasks, phaseSize: options.phaseSize });
  const feature = `specs/${generated.id}`;
  const server = await startGitHubFakeServer({ repos: [REPO], latencyMs: options.latencyMs });
  const ws = await makeWorkspace({
    prefix: 'plansync-bench-',
    // The fake has no content-creation limit to respect; real runs keep throttling on.
    config: { tracker: 'github', github: { repo: REPO, throttle: false } },
  });
  const env = { GITHUB_API_URL: server.url, GITHUB_TOKEN: DEFAULT_TOKEN, NO_COLOR: '1' };
  const results: PushResult[] = [];

  async function push(run: PushRun): Promise<void> {
    const before = server.fake.counts();
    const mark = server.fake.requests.length;
    const result = await runPlansync(['push', feature], { cwd: ws.dir, env, stdio: 'pipe' });
    const after = server.fake.counts();
    results.push({
      tasks: options.tasks,
      phases: generated.phases,
      run,
      reads: after.reads - before.reads,
      writes: after.writes - before.writes,
      ms: result.ms,
      writeRoutes: writeRoutes(server.fake.requests.slice(mark)),
      code: result.code,
      error: result.code === 0 ? null : (result.stderr || result.stdout).trim(),
    });
  }

  try {
    await ws.write(`${feature}/plan.md`, generated.plan);
    await ws.write(`${feature}/tasks.md`, generated.tasks);
    await push('first push');
    await push('no-op push');
    const tasksFile = path.join(ws.dir, feature, 'tasks.md');
    const text = await readFile(tasksFile, 'utf8');
    const middle = Math.ceil(options.tasks / 2);
    const edited = text.replace(
      `Implement step ${middle} in`,
      `Implement step ${middle} (renamed) in`,
    );
    if (edited === text) throw new Error(`task ${middle} not found in the generated tasks.md`);
    await writeFile(tasksFile, edited);
    await push('one-task edit');
    return results;
  } finally {
    await server.close();
    await ws.remove();
  }
}

function writeRoutes(requests: { method: string; path: string; write: boolean }[]): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    if (!r.write) continue;
    const route = `${r.method} ${r.path.replace(`/repos/${REPO}`, '').replace(/\/\d+/g, '/:n')}`;
    counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([route, n]) => `${route} × ${n}`);
}

/** The no-op budget: one page of 100 per list read, plus a few fixed calls, and no writes. */
export function noOpBudget(tasks: number, phases: number): number {
  return Math.ceil(tasks / 100) + Math.ceil(phases / 100) + 3;
}
