import { http } from 'msw';
import { DOCS } from '../fakes/github/reply.js';
import { useGitHubHarness } from '../adapters/github/harness.js';
import { describeAdapterContract } from './adapter-contract.js';

const github = useGitHubHarness();

/**
 * GitHub's faults match by method and path, not by body; this handler looks at each create
 * first and arms a validation failure for the one that carries a doomed key's marker.
 */
const doomed = new Set<string>();
github.server.use(
  http.post(/\/repos\/[^/]+\/[^/]+\/(issues|milestones)$/, async ({ request }) => {
    const text = await request.clone().text();
    for (const key of doomed) {
      if (!text.includes(`key=${encodeURIComponent(key)}`)) continue;
      doomed.delete(key);
      github.fake.faults.add({
        method: 'POST',
        path: new URL(request.url).pathname,
        kind: 'status',
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', code: 'invalid', field: 'title' }],
          documentation_url: DOCS,
        },
      });
    }
    // Nothing returned: msw hands the request on to the fake.
  }),
);

describeAdapterContract('github', async () => {
  github.reset();
  doomed.clear();
  return { adapter: github.adapter(), provokeFailure: (key) => doomed.add(key) };
});
