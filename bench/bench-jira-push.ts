import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeWorkspace } from '../scripts/support/make-workspace.js';
import { runPlansync } from '../scripts/support/run-plansync.js';
import { DEFAULT_CREDENTIALS } from '../test/fakes/jira/handler.js';
import { startJiraFakeServer } from '../test/fakes/jira/server.js';
import type { PushBenchOptions, PushResult, PushRun } from './bench-github-push.js';
import { generateFeature } from './generate-feature.js';

/**
 * Three pushes of one generated feature by the real CLI against the Jira Cloud fake over
 * HTTP, counting what the fake received for each. Searches sent as POST count as reads.
 */
export async function benchJiraPush(options: PushBenchOptions): Promise<PushResult[]> {
  const generated = generateFeature({ tasks: options.tasks, phaseSize: options.phaseSize });
  const feature = `specs/${generated.id}`;
  const server = await startJiraFakeServer({ latencyMs: options.latencyMs });
  const ws = await makeWorkspace({
    prefix: 'plansync-bench-',
    config: { tracker: 'jira', jira: { host: server.url, project: 'PLAN' } },
  });
  const { email, apiToken } = DEFAULT_CREDENTIALS;
  const env = { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken, NO_COLOR: '1' };
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
    const route = `${r.method} ${r.path.replace('/rest/api/3', '').replace(/\/PLAN-\d+/g, '/:key')}`;
    counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([route, n]) => `${route} × ${n}`);
}
