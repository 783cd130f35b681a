import { DEFAULT_CREDENTIALS } from '../fakes/jira/handler.js';
import type { FakeIssue } from '../fakes/jira/model.js';
import {
  startJiraFakeServer,
  type JiraFakeServer,
  type JiraFakeServerOptions,
} from '../fakes/jira/server.js';
import { type FixtureBase, makeWorkspace, runCli } from './workspace.js';

export { PLAN, TASKS } from './workspace.js';

export interface JiraFixture extends FixtureBase<JiraFakeServer> {
  /** Issues in the fake project, in key order. */
  issues(): FakeIssue[];
  tasks(): FakeIssue[];
  epics(): FakeIssue[];
  /** Requests since `mark`, as `METHOD path`. */
  since(mark: number): string[];
  writesSince(mark: number): string[];
}

export async function jiraFixture(
  options: JiraFakeServerOptions = {},
  section: Record<string, unknown> = {},
): Promise<JiraFixture> {
  const server = await startJiraFakeServer(options);
  const mode = options.mode ?? 'cloud';
  const ws = await makeWorkspace({
    tracker: 'jira',
    jira: {
      host: server.url,
      project: 'PLAN',
      ...(mode === 'datacenter' ? { deployment: 'datacenter' } : {}),
      ...section,
    },
  });
  const { email, apiToken, pat } = DEFAULT_CREDENTIALS;
  const env: Record<string, string> =
    mode === 'cloud' ? { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken } : { JIRA_PAT: pat };
  const { fake } = server;
  const isEpic = (issue: FakeIssue) => fake.state.typeOf(issue).name === 'Epic';
  return {
    server,
    ws,
    env,
    push: (args = ['specs/001-demo'], onSpawn) =>
      runCli(['push', ...args], { cwd: ws.dir, env, ...(onSpawn ? { onSpawn } : {}) }),
    issues: () => fake.state.issues('PLAN'),
    tasks: () => fake.state.issues('PLAN').filter((i) => !isEpic(i)),
    epics: () => fake.state.issues('PLAN').filter(isEpic),
    mark: () => fake.requests.length,
    since: (mark) => fake.requests.slice(mark).map((r) => `${r.method} ${r.path}`),
    writesSince: (mark) =>
      fake.requests
        .slice(mark)
        .filter((r) => r.write)
        .map((r) => `${r.method} ${r.path}`),
    close: async () => {
      await server.close();
      await ws.remove();
    },
  };
}

/** The plan without plansync's links: what the user wrote. */
export function withoutLinks(text: string): string {
  return text
    .replace(/^- (Milestone|Issues): .*\n/gm, '')
    .replace(/ \[PLAN-\d+\]\(http:\/\/127\.0\.0\.1:\d+\/browse\/PLAN-\d+\)$/gm, '');
}

/** Task id → issue key, read from the links in tasks.md. */
export function linkedKeys(tasks: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const match of tasks.matchAll(
    /^- \[[ xX]\] (T\d+).*\[(PLAN-\d+)\]\(http:\/\/127\.0\.0\.1:\d+\/browse\/\2\)$/gm,
  )) {
    links.set(match[1]!, match[2]!);
  }
  return links;
}

/** A feature of `phases` × `perPhase` tasks, no dependencies, the given task numbers done. */
export function smallFeature(
  phases: number,
  perPhase: number,
  done: number[],
): { plan: string; tasks: string } {
  const id = (n: number) => `T${String(n).padStart(3, '0')}`;
  const plan = ['# Implementation Plan: Small', '', '## Implementation Phases', ''];
  const tasks = ['# Tasks: Small', ''];
  for (let p = 1; p <= phases; p++) {
    const first = (p - 1) * perPhase + 1;
    const last = p * perPhase;
    plan.push(
      `### Phase ${p}: Part ${p}`,
      '',
      `- Tasks: ${id(first)}-${id(last)}`,
      `- Duration: ${p} days`,
      '',
    );
    tasks.push(`## Phase ${p}: Part ${p}`, '');
    for (let n = first; n <= last; n++) {
      tasks.push(`- [${done.includes(n) ? 'x' : ' '}] ${id(n)} [P] Build piece ${n}`);
    }
    tasks.push('');
  }
  return { plan: plan.join('\n'), tasks: tasks.join('\n') };
}
