/** The fake tracker a demo runs against, with the config and environment that point at it. */
import { DEFAULT_TOKEN } from '../../test/fakes/github/handler.js';
import { startGitHubFakeServer } from '../../test/fakes/github/server.js';
import { DEFAULT_CREDENTIALS } from '../../test/fakes/jira/handler.js';
import { startJiraFakeServer } from '../../test/fakes/jira/server.js';
import { DEFAULT_API_KEY } from '../../test/fakes/linear/handler.js';
import { startLinearFakeServer } from '../../test/fakes/linear/server.js';

export interface DemoTracker {
  /** Shown to the reader: "GitHub", "Linear". */
  name: string;
  /** One sentence saying where the fake listens and what it holds. */
  describe: string;
  config: Record<string, unknown>;
  env: Record<string, string>;
  counts(): { reads: number; writes: number };
  /** A person renames the item `ref` (`#3`, `ENG-3`, `PLAN-3`) on the tracker, by hand. */
  renameByPerson(ref: string, title: string): void;
  /** The item's title (Jira: summary) as the tracker holds it now. */
  titleOf(ref: string): string | undefined;
  close(): Promise<void>;
}

export const DEMO_TRACKERS = ['github', 'linear', 'jira', 'jira-datacenter'] as const;

export async function startDemoTracker(name: string): Promise<DemoTracker> {
  if (name === 'jira' || name === 'jira-datacenter') {
    const dc = name === 'jira-datacenter';
    const server = await startJiraFakeServer({ mode: dc ? 'datacenter' : 'cloud' });
    const { email, apiToken, pat } = DEFAULT_CREDENTIALS;
    const label = dc ? 'Jira Data Center' : 'Jira Cloud';
    return {
      name: label,
      describe: `A fake ${label} (project PLAN) is listening on ${server.url}.`,
      config: {
        tracker: 'jira',
        jira: { host: server.url, project: 'PLAN', ...(dc ? { deployment: 'datacenter' } : {}) },
      },
      env: dc ? { JIRA_PAT: pat } : { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken },
      counts: () => server.fake.counts(),
      renameByPerson: (ref, title) => {
        const issue = server.fake.state.issue(ref)!;
        issue.summary = title;
        server.fake.state.touch(issue);
      },
      titleOf: (ref) => server.fake.state.issue(ref)?.summary,
      close: () => server.close(),
    };
  }
  if (name === 'linear') {
    const server = await startLinearFakeServer();
    return {
      name: 'Linear',
      describe: `A fake Linear (team ENG) is listening on ${server.apiUrl}.`,
      config: { tracker: 'linear', linear: { team: 'ENG', apiUrl: server.apiUrl } },
      env: { LINEAR_API_KEY: DEFAULT_API_KEY },
      counts: () => server.fake.counts(),
      renameByPerson: (ref, title) => {
        const issue = server.fake.state.issue(ref)!;
        issue.title = title;
        server.fake.state.touch(issue);
      },
      titleOf: (ref) => server.fake.state.issue(ref)?.title,
      close: () => server.close(),
    };
  }
  if (name !== 'github') {
    throw new Error(
      `unknown tracker "${name}" for the demo; use one of: ${DEMO_TRACKERS.join(', ')}`,
    );
  }
  const repo = 'acme/app';
  const server = await startGitHubFakeServer({ repos: [repo] });
  return {
    name: 'GitHub',
    describe: `A fake GitHub (repository ${repo}) is listening on ${server.url}.`,
    config: { tracker: 'github', github: { repo, throttle: false } },
    env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: DEFAULT_TOKEN },
    counts: () => server.fake.counts(),
    renameByPerson: (ref, title) => {
      const issue = server.fake.state.issue(repo, Number(ref.replace('#', '')))!;
      issue.title = title;
      server.fake.state.touch(issue);
    },
    titleOf: (ref) => server.fake.state.issue(repo, Number(ref.replace('#', '')))?.title,
    close: () => server.close(),
  };
}
