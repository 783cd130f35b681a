import { startGitHubFakeServer, type GitHubFakeServer } from '../fakes/github/server.js';
import type { FakeIssue } from '../fakes/github/model.js';
import { type FixtureBase, makeWorkspace, runCli } from './workspace.js';

export const REPO = 'acme/app';
export { PLAN, TASKS } from './workspace.js';
export const TOKEN = 'test-token';

export interface GitHubFixture extends FixtureBase<GitHubFakeServer> {
  /** Issues (not pull requests) in the fake repository. */
  issues(): FakeIssue[];
  /** Write requests the fake received since `mark` (an index into its request log). */
  writesSince(mark: number): { method: string; path: string }[];
}

export async function githubFixture(config: Record<string, unknown> = {}): Promise<GitHubFixture> {
  const server = await startGitHubFakeServer({ repos: [REPO] });
  const ws = await makeWorkspace({
    tracker: 'github',
    github: { repo: REPO, throttle: false },
    ...config,
  });
  const env = { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN };
  return {
    server,
    ws,
    env,
    push: (args = ['specs/001-demo'], onSpawn) =>
      runCli(['push', ...args], { cwd: ws.dir, env, ...(onSpawn ? { onSpawn } : {}) }),
    issues: () => server.fake.state.issues(REPO).filter((issue) => !issue.pull_request),
    mark: () => server.fake.requests.length,
    writesSince: (mark) =>
      server.fake.requests
        .slice(mark)
        .filter((r) => r.write)
        .map(({ method, path }) => ({ method, path })),
    close: async () => {
      await server.close();
      await ws.remove();
    },
  };
}

/** The plan without plansync's links: what the user wrote. */
export function withoutLinks(text: string): string {
  return text
    .replace(/ \[#\d+\]\(https:\/\/github\.com\/acme\/app\/issues\/\d+\)$/gm, '')
    .replace(/^- (Milestone|Issues): .*\n/gm, '');
}

/** Task id → issue number, read from the links in tasks.md. */
export function linkedIssues(tasks: string): Map<string, number> {
  const links = new Map<string, number>();
  for (const match of tasks.matchAll(
    /^- \[[ xX]\] (T\d+).*\[#(\d+)\]\(https:\/\/github\.com\/acme\/app\/issues\/\2\)$/gm,
  )) {
    links.set(match[1]!, Number(match[2]));
  }
  return links;
}
