import { describeAdapterContract } from '../../src/testing/adapter-contract.js';
import { createJiraHarness, jiraEnv } from '../adapters/jira/adapter-harness.js';

for (const mode of ['cloud', 'datacenter'] as const) {
  const jira = createJiraHarness({ mode });
  describeAdapterContract(`jira (${mode})`, async () => {
    jira.reset();
    return {
      adapter: jira.adapter(),
      provoke: (key, kind) => jira.doom(key, kind),
      withBadCredentials: async () =>
        jira.adapter({
          env:
            mode === 'cloud'
              ? { ...jiraEnv(mode), JIRA_API_TOKEN: 'not-a-valid-token' }
              : { JIRA_PAT: 'not-a-valid-token' },
        }),
      pageSize: 100,
    };
  });
}
