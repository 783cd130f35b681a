import type { FakeIssue } from '../fakes/linear/model.js';
import { startLinearFakeServer, type LinearFakeServer } from '../fakes/linear/server.js';
import type { LinearFakeServerOptions } from '../fakes/linear/server.js';
import { DEFAULT_API_KEY } from '../fakes/linear/handler.js';
import { type FixtureBase, makeWorkspace, runCli } from './workspace.js';

export { PLAN, TASKS } from './workspace.js';

export interface LinearFixture extends FixtureBase<LinearFakeServer> {
  /** Issues on the fake, oldest first. */
  issues(): FakeIssue[];
  /** Issue of a task id, by the `T001 ` its title starts with. */
  issueOf(taskId: string): FakeIssue | undefined;
  stateTypeOf(issue: FakeIssue): string;
  /** Requests the fake received since `mark` (an index into its request log). */
  since(mark: number): { operation: string; write: boolean }[];
}

/** The example repository with `.planrc.json` set to Linear's team ENG on a fake over HTTP. */
export async function linearFixture(
  linear: Record<string, unknown> = {},
  serverOptions: LinearFakeServerOptions = {},
): Promise<LinearFixture> {
  const server = await startLinearFakeServer(serverOptions);
  const ws = await makeWorkspace({
    tracker: 'linear',
    linear: { team: 'ENG', apiUrl: server.apiUrl, ...linear },
  });
  const env = { LINEAR_API_KEY: DEFAULT_API_KEY };
  const issues = () => [...server.fake.state.issues].sort((a, b) => a.seq - b.seq);
  return {
    server,
    ws,
    env,
    push: (args = ['specs/001-demo'], onSpawn) =>
      runCli(['push', ...args], { cwd: ws.dir, env, ...(onSpawn ? { onSpawn } : {}) }),
    issues,
    issueOf: (taskId) => issues().find((i) => i.title.startsWith(`${taskId} `)),
    stateTypeOf: (issue) => server.fake.state.states.find((s) => s.id === issue.stateId)!.type,
    mark: () => server.fake.requests.length,
    since: (mark) =>
      server.fake.requests.slice(mark).map(({ operation, write }) => ({ operation, write })),
    close: async () => {
      await server.close();
      await ws.remove();
    },
  };
}

/** The plan without plansync's links: what the user wrote. */
export function withoutLinks(text: string): string {
  return text
    .replace(/ \[ENG-\d+\]\(https:\/\/linear\.app\/acme\/issue\/ENG-\d+\/[^)]*\)$/gm, '')
    .replace(/^- (Milestone|Issues|Project): .*\n/gm, '');
}

/** Task id → issue identifier, read from the links in tasks.md. */
export function linkedIssues(tasks: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of tasks.matchAll(
    /^- \[[ xX]\] (T\d+) .*\[(ENG-\d+)\]\(https:\/\/linear\.app\/acme\/issue\/\2\/[^)]*\)$/gm,
  )) {
    links.set(match[1]!, match[2]!);
  }
  return links;
}
