/** A Jira API client on the fake, the way the adapter builds it, with instant waits. */
import { createJiraApi } from '../../../adapters/jira/api.js';
import { createJiraClient, type ProgressEvent } from '../../../adapters/jira/client.js';
import {
  createJiraFake,
  DEFAULT_CREDENTIALS,
  type JiraFakeOptions,
} from '../../fakes/jira/handler.js';
import { fakeFetch } from '../../fakes/jira/fetch.js';

export const HOST = 'https://plansync.atlassian.net';

export function apiOnFake(
  options: JiraFakeOptions & { maxWaitSeconds?: number; apiToken?: string } = {},
) {
  const fake = createJiraFake(options);
  const progress: ProgressEvent[] = [];
  const waits: number[] = [];
  const { email, apiToken, pat } = DEFAULT_CREDENTIALS;
  const client = createJiraClient({
    host: HOST,
    deployment: options.mode ?? 'cloud',
    credentials:
      options.mode === 'datacenter'
        ? { kind: 'bearer', token: options.apiToken ?? pat }
        : { kind: 'basic', email, apiToken: options.apiToken ?? apiToken },
    maxWaitSeconds: options.maxWaitSeconds ?? 60,
    onProgress: (event) => progress.push(event),
    fetch: fakeFetch(fake),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { fake, client, api: createJiraApi(client), progress, waits };
}
