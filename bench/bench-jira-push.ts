import { DEFAULT_CREDENTIALS } from '../test/fakes/jira/handler.js';
import { startJiraFakeServer } from '../test/fakes/jira/server.js';
import { type PushBenchOptions, type PushResult, threePushes } from './three-pushes.js';

/** The three pushes against the Jira Cloud fake. Searches sent as POST count as reads. */
export async function benchJiraPush(options: PushBenchOptions): Promise<PushResult[]> {
  const server = await startJiraFakeServer({ latencyMs: options.latencyMs });
  const { email, apiToken } = DEFAULT_CREDENTIALS;
  return threePushes(options, {
    fake: server.fake,
    close: () => server.close(),
    config: { tracker: 'jira', jira: { host: server.url, project: 'PLAN' } },
    env: { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken },
    routeOf: (r) =>
      `${r.method} ${r.path.replace('/rest/api/3', '').replace(/\/PLAN-\d+/g, '/:key')}`,
  });
}
