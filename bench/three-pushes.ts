import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeWorkspace } from '../scripts/support/make-workspace.js';
import { runPlansync } from '../scripts/support/run-plansync.js';
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
  /** Writes by route or operation, most first: `POST /issues × 500`. */
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

/** A fake tracker on loopback, as the benchmark sees it. */
export interface BenchTracker<R extends { write: boolean }> {
  fake: { counts(): { reads: number; writes: number }; requests: R[] };
  close(): Promise<void>;
  config: Record<string, unknown>;
  env: Record<string, string>;
  /** How a write is named in the summary (`POST /issues`, `PlansyncCreateIssues`). */
  routeOf(request: R): string;
}

/**
 * Three pushes of one generated feature by the real CLI against a tracker fake over HTTP —
 * the first push, a no-op push, and a push after one task's title changed — counting what the
 * fake received for each.
 */
export async function threePushes<R extends { write: boolean }>(
  options: PushBenchOptions,
  tracker: BenchTracker<R>,
): Promise<PushResult[]> {
  const generated = generateFeature({ tasks: options.tasks, phaseSize: options.phaseSize });
  const feature = `specs/${generated.id}`;
  const ws = await makeWorkspace({ prefix: 'plansync-bench-', config: tracker.config });
  const env = { ...tracker.env, NO_COLOR: '1' };
  const results: PushResult[] = [];

  async function push(run: PushRun): Promise<void> {
    const before = tracker.fake.counts();
    const mark = tracker.fake.requests.length;
    const result = await runPlansync(['push', feature], { cwd: ws.dir, env, stdio: 'pipe' });
    const after = tracker.fake.counts();
    results.push({
      tasks: options.tasks,
      phases: generated.phases,
      run,
      reads: after.reads - before.reads,
      writes: after.writes - before.writes,
      ms: result.ms,
      writeRoutes: countWrites(tracker.fake.requests.slice(mark), tracker.routeOf),
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
    await tracker.close();
    await ws.remove();
  }
}

function countWrites<R extends { write: boolean }>(
  requests: R[],
  routeOf: (request: R) => string,
): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    if (!r.write) continue;
    const route = routeOf(r);
    counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([route, n]) => `${route} × ${n}`);
}
