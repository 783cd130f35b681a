import { http } from 'msw';
import { DOCS } from '../fakes/github/reply.js';
import { useGitHubHarness } from '../adapters/github/harness.js';
import { describeAdapterContract } from '../../src/testing/adapter-contract.js';
import type { FaultSpec } from '../fakes/github/faults.js';

const github = useGitHubHarness();

/**
 * GitHub's faults match by method and path, not by body; this handler looks at each create
 * first and arms the provoked fault for the one that carries a doomed key's marker.
 */
const doomed = new Map<string, 'fail' | 'ambiguous' | 'rate-limit'>();
const FAULTS: Record<'fail' | 'ambiguous' | 'rate-limit', FaultSpec> = {
  fail: {
    kind: 'status',
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'invalid', field: 'title' }],
      documentation_url: DOCS,
    },
  },
  ambiguous: { kind: 'drop-after-commit' },
  // Longer than the adapter waits (maxWaitSeconds below), so it gives up and says so.
  'rate-limit': { kind: 'secondary-rate-limit', retryAfter: 3600 },
};
github.server.use(
  http.post(/\/repos\/[^/]+\/[^/]+\/(issues|milestones)$/, async ({ request }) => {
    const text = await request.clone().text();
    for (const [key, kind] of doomed) {
      if (!text.includes(`key=${encodeURIComponent(key)}`)) continue;
      doomed.delete(key);
      github.fake.faults.add({
        method: 'POST',
        path: new URL(request.url).pathname,
        ...FAULTS[kind],
      });
    }
    // Nothing returned: msw hands the request on to the fake.
  }),
);

describeAdapterContract('github', async () => {
  github.reset();
  doomed.clear();
  return {
    adapter: github.adapter({ options: { maxWaitSeconds: 60 } }),
    provoke: (key, kind) => doomed.set(key, kind),
    withBadCredentials: async () => github.adapter({ env: { GITHUB_TOKEN: 'not-a-valid-token' } }),
    pageSize: 100,
  };
});
