import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeWorkspace } from '../scripts/support/make-workspace.js';
import { runPlansync } from '../scripts/support/run-plansync.js';
import { DEFAULT_API_KEY } from '../test/fakes/linear/handler.js';
import { startLinearFakeServer } from '../test/fakes/linear/server.js';
import type { PushBenchOptions, PushResult, PushRun } from './bench-github-push.js';
import { generateFeature } from './generate-feature.js';

/**
 * Three pushes of one generated feature by the real CLI against the Linear fake over HTTP,
 * counting what the fake received for each.
 */
export async function benchLinearPush(options: PushBenchOptions): Promise<PushResult[]> {
  const generated = generateFeature({ tasks: options.tasks, phaseSize: options.phaseSize });
  const feature = `specs/${generated.id}`;
  const server = await startLinearFakeServer({ latencyMs: options.latencyMs });
  const ws = await makeWorkspace({
    prefix: 'plansync-bench-',
    config: { tracker: 'linear', linear: { team: 'ENG', apiUrl: server.apiUrl } },
  });
  const env = { LINEAR_API_KEY: DEFAULT_API_KEY, NO_COLOR: '1' };
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
      writeRoutes: writeOperations(server.fake.requests.slice(mark)),
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

function writeOperations(requests: { operation: string; write: boolean }[]): string[] {
  const counts = new Map<string, number>();
  for (const r of requests) {
    if (r.write) counts.set(r.operation, (counts.get(r.operation) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op} × ${n}`);
}

/** Linear's no-op budget: one page of 250 issues, one of 50 milestones, and a few fixed calls. */
export function linearNoOpBudget(tasks: number, phases: number): number {
  return Math.ceil(tasks / 250) + Math.ceil(phases / 50) + 3;
}

/** Requests of a first push that create issues: one issueBatchCreate per 50 tasks. */
export function linearCreateBudget(tasks: number): number {
  return Math.ceil(tasks / 50);
}
