/**
 * The four trackers a safety test runs the CLI against, each a fake over real HTTP: GitHub,
 * Linear, Jira Cloud and Jira Data Center. Started once per test file; `reset` between tests.
 * Each says how to reach it (.planrc section and environment), how to fault its first request
 * (the check of credentials and target) or its listing (the read after the check), and how
 * many requests it has answered.
 */
import type { CommonFault, FaultTiming } from './fault-queue.js';
import { DEFAULT_TOKEN } from './github/handler.js';
import { startGitHubFakeServer } from './github/server.js';
import { DEFAULT_CREDENTIALS } from './jira/handler.js';
import { startJiraFakeServer } from './jira/server.js';
import { DEFAULT_API_KEY } from './linear/handler.js';
import { startLinearFakeServer } from './linear/server.js';

export type TrackerName = 'GitHub' | 'Linear' | 'Jira Cloud' | 'Jira Data Center';

/** A fault the fakes share, or a rate limit with a `Retry-After` of so many seconds. */
export type SharedFault = (CommonFault | { kind: 'retry-after'; seconds: number }) & FaultTiming;

export interface TrackerUnderTest {
  name: TrackerName;
  /** The name the CLI's messages use. */
  says: 'GitHub' | 'Linear' | 'Jira';
  /** The API address a message names. */
  api: string;
  /** `.planrc.json`. */
  planrc: Record<string, unknown>;
  env: Record<string, string>;
  /** The secret the environment holds, which output must never show. */
  secret: string;
  /** The same tracker's `.planrc.json` and environment with its API at another address. */
  pointedAt(api: string): { planrc: Record<string, unknown>; env: Record<string, string> };
  /** Faults the first request (`'check'`) or the listing read after it (`'listing'`). */
  fault(where: 'check' | 'listing', spec: SharedFault): void;
  requests(): number;
  /** Requests a fault was played on. */
  faulted(): number;
  reset(): void;
}

export async function startTrackers(): Promise<{
  all: TrackerUnderTest[];
  close(): Promise<void>;
}> {
  const github = await startGitHubFakeServer({ repos: ['acme/app'] });
  const linear = await startLinearFakeServer();
  const cloud = await startJiraFakeServer({ mode: 'cloud' });
  const dc = await startJiraFakeServer({ mode: 'datacenter' });
  const { email, apiToken, pat } = DEFAULT_CREDENTIALS;

  const all: TrackerUnderTest[] = [
    {
      name: 'GitHub',
      says: 'GitHub',
      api: github.url,
      planrc: { tracker: 'github', github: { repo: 'acme/app', throttle: false } },
      env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: DEFAULT_TOKEN },
      secret: DEFAULT_TOKEN,
      pointedAt: (api) => ({
        planrc: { tracker: 'github', github: { repo: 'acme/app', throttle: false } },
        env: { GITHUB_API_URL: api, GITHUB_TOKEN: DEFAULT_TOKEN },
      }),
      fault(where, spec) {
        const path =
          where === 'check' ? '/repos/acme/app' : /^\/repos\/acme\/app\/(milestones|issues)$/;
        github.fake.faults.add({ method: 'GET', path, ...forGitHub(spec) });
      },
      requests: () => github.fake.requests.length,
      faulted: () => github.fake.faults.fired.length,
      reset: () => github.fake.reset(),
    },
    {
      name: 'Linear',
      says: 'Linear',
      api: linear.apiUrl,
      planrc: { tracker: 'linear', linear: { team: 'ENG', apiUrl: linear.apiUrl } },
      env: { LINEAR_API_KEY: DEFAULT_API_KEY },
      secret: DEFAULT_API_KEY,
      pointedAt: (api) => ({
        planrc: { tracker: 'linear', linear: { team: 'ENG', apiUrl: api } },
        env: { LINEAR_API_KEY: DEFAULT_API_KEY },
      }),
      fault(where, spec) {
        const operation = where === 'check' ? 'PlansyncTeam' : /^Plansync(Projects|Issues)$/;
        linear.fake.faults.add({ operation, ...forLinear(spec) });
      },
      requests: () => linear.fake.requests.length,
      faulted: () => linear.fake.faults.fired.length,
      reset: () => linear.fake.reset(),
    },
    ...[
      { server: cloud, name: 'Jira Cloud' as const, root: '/rest/api/3' },
      { server: dc, name: 'Jira Data Center' as const, root: '/rest/api/2' },
    ].map(({ server, name, root }): TrackerUnderTest => {
      const isCloud = name === 'Jira Cloud';
      const planrc = (host: string) => ({
        tracker: 'jira',
        jira: { host, project: 'PLAN', ...(isCloud ? {} : { deployment: 'datacenter' }) },
      });
      const env: Record<string, string> = isCloud
        ? { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken }
        : { JIRA_PAT: pat };
      return {
        name,
        says: 'Jira',
        api: server.url,
        planrc: planrc(server.url),
        env,
        secret: isCloud ? apiToken : pat,
        pointedAt: (api) => ({ planrc: planrc(api), env }),
        fault(where, spec) {
          const path = where === 'check' ? `${root}/project/PLAN` : new RegExp(`^${root}/search`);
          server.fake.faults.add({ path, ...forJira(spec) });
        },
        requests: () => server.fake.requests.length,
        faulted: () => server.fake.faults.fired.length,
        reset: () => server.fake.reset(),
      };
    }),
  ];
  return {
    all,
    close: async () => {
      await Promise.all([github.close(), linear.close(), cloud.close(), dc.close()]);
    },
  };
}

type Timing = FaultTiming;
const timing = (spec: Timing): Timing => ({
  ...(spec.nth !== undefined ? { nth: spec.nth } : {}),
  ...(spec.times !== undefined ? { times: spec.times } : {}),
});

function forGitHub(spec: SharedFault) {
  if (spec.kind !== 'retry-after') return spec;
  return {
    ...timing(spec),
    kind: 'status' as const,
    status: 429,
    headers: { 'retry-after': String(spec.seconds) },
  };
}

function forLinear(spec: SharedFault) {
  if (spec.kind !== 'retry-after') return spec;
  return {
    ...timing(spec),
    kind: 'ratelimited' as const,
    retryAfter: spec.seconds,
    resetMs: spec.seconds * 1000,
  };
}

function forJira(spec: SharedFault) {
  if (spec.kind !== 'retry-after') return spec;
  return { ...timing(spec), kind: 'rate-limit' as const, retryAfter: spec.seconds };
}
