/**
 * The fake tracker a demo runs against: GitHub by default, Jira Cloud with `--jira`, Jira
 * Data Center with `--jira-datacenter`. Each comes with the config and environment that
 * point plansync at it.
 */
import { DEFAULT_TOKEN } from '../../test/fakes/github/handler.js';
import { startGitHubFakeServer } from '../../test/fakes/github/server.js';
import { DEFAULT_CREDENTIALS } from '../../test/fakes/jira/handler.js';
import { startJiraFakeServer } from '../../test/fakes/jira/server.js';

export interface Sandbox {
  /** "GitHub", "Jira Cloud"… */
  name: string;
  /** One sentence: what listens where. */
  description: string;
  config: Record<string, unknown>;
  env: Record<string, string>;
  counts(): { reads: number; writes: number };
  close(): Promise<void>;
}

export async function startSandbox(argv: readonly string[]): Promise<Sandbox> {
  const dc = argv.includes('--jira-datacenter');
  if (dc || argv.includes('--jira')) {
    const server = await startJiraFakeServer({ mode: dc ? 'datacenter' : 'cloud' });
    const { email, apiToken, pat } = DEFAULT_CREDENTIALS;
    const name = dc ? 'Jira Data Center' : 'Jira Cloud';
    return {
      name,
      description: `A fake ${name} (project PLAN) is listening on ${server.url}.`,
      config: {
        tracker: 'jira',
        jira: { host: server.url, project: 'PLAN', ...(dc ? { deployment: 'datacenter' } : {}) },
      },
      env: dc ? { JIRA_PAT: pat } : { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken },
      counts: () => server.fake.counts(),
      close: () => server.close(),
    };
  }
  const repo = 'acme/app';
  const server = await startGitHubFakeServer({ repos: [repo] });
  return {
    name: 'GitHub',
    description: `A fake GitHub (repository ${repo}) is listening on ${server.url}.`,
    config: { tracker: 'github', github: { repo, throttle: false } },
    env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: DEFAULT_TOKEN },
    counts: () => server.fake.counts(),
    close: () => server.close(),
  };
}
