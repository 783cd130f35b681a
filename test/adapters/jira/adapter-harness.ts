/**
 * The Jira adapter wired to the Jira fake through its `fetch`: no socket, instant waits, and
 * the fake's request log to count what the adapter really sent. `doom` makes the next bulk
 * create fail for one item: a field Jira refuses, a dropped answer, or a long rate limit.
 */
import { createJiraAdapter } from '../../../adapters/jira/index.js';
import type { Adapter, ProgressEvent } from '../../../src/contract/types.js';
import { fakeFetch } from '../../fakes/jira/fetch.js';
import {
  createJiraFake,
  DEFAULT_CREDENTIALS,
  type JiraFakeOptions,
} from '../../fakes/jira/handler.js';
import { HOST } from './harness.js';

export type Doom = 'fail' | 'ambiguous' | 'rate-limit';

export function jiraEnv(mode: 'cloud' | 'datacenter' = 'cloud'): Record<string, string> {
  const { email, apiToken, pat } = DEFAULT_CREDENTIALS;
  return mode === 'cloud' ? { JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken } : { JIRA_PAT: pat };
}

export function createJiraHarness(fakeOptions: JiraFakeOptions = {}) {
  const fake = createJiraFake(fakeOptions);
  const mode = fakeOptions.mode ?? 'cloud';
  const progress: ProgressEvent[] = [];
  const doomed = new Map<string, Doom>();
  const inner = fakeFetch(fake);

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'POST' || !request.url.endsWith('/issue/bulk') || doomed.size === 0) {
      return inner(request);
    }
    const body = (await request.json()) as {
      issueUpdates: {
        fields: Record<string, unknown>;
        properties?: { value: { marker: string } }[];
      }[];
    };
    for (const update of body.issueUpdates) {
      const marker = update.properties?.[0]?.value.marker ?? '';
      for (const [key, doom] of doomed) {
        if (!marker.includes(`key=${encodeURIComponent(key)} `)) continue;
        doomed.delete(key);
        const path = new URL(request.url).pathname;
        if (doom === 'fail') update.fields.labels = ['not allowed'];
        if (doom === 'ambiguous')
          fake.faults.add({ method: 'POST', path, kind: 'drop-after-commit' });
        if (doom === 'rate-limit')
          fake.faults.add({ method: 'POST', path, kind: 'rate-limit', retryAfter: 3600 });
      }
    }
    return inner(
      new Request(request.url, {
        method: 'POST',
        headers: request.headers,
        body: JSON.stringify(body),
      }),
    );
  };

  return {
    fake,
    progress,
    doom: (key: string, doom: Doom) => doomed.set(key, doom),
    adapter(
      overrides: { options?: Record<string, unknown>; env?: Record<string, string> } = {},
    ): Adapter {
      return createJiraAdapter(
        { host: HOST, project: 'PLAN', deployment: mode, maxWaitSeconds: 60, ...overrides.options },
        { env: overrides.env ?? jiraEnv(mode), onProgress: (e) => progress.push(e), fetch },
      );
    },
    reset(): void {
      fake.reset();
      doomed.clear();
      progress.length = 0;
    },
  };
}
