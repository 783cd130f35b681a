import { http } from 'msw';
import { describeAdapterContract } from '../../src/testing/adapter-contract.js';
import { useLinearHarness } from '../adapters/linear/harness.js';
import type { LinearFaultSpec } from '../fakes/linear/faults.js';
import { LINEAR_API_URL } from '../fakes/linear/msw.js';
import { seedProject } from '../fakes/linear/seed.js';

const linear = useLinearHarness();

/**
 * The fake's faults match by operation, not by body; this handler looks at each mutation
 * first and arms the provoked fault for the one that carries a doomed key's marker. A refused
 * input stays refused however often it is sent; a lost answer and a rate limit happen once.
 */
const doomed = new Map<string, 'fail' | 'ambiguous' | 'rate-limit'>();
const FAULTS: Record<'fail' | 'ambiguous' | 'rate-limit', LinearFaultSpec> = {
  fail: {
    kind: 'status',
    status: 400,
    body: {
      data: null,
      errors: [
        {
          message: 'Argument Validation Error',
          extensions: { type: 'invalid input', code: 'INPUT_ERROR', userError: true },
        },
      ],
    },
  },
  ambiguous: { kind: 'drop-after-commit' },
  // Longer than the adapter waits (maxWaitSeconds 60), so it gives up and says so.
  'rate-limit': { kind: 'ratelimited', resetMs: 3_600_000 },
};
linear.server.use(
  http.post(LINEAR_API_URL, async ({ request }) => {
    const text = await request.clone().text();
    if (!text.includes('mutation')) return;
    for (const [key, kind] of doomed) {
      if (!text.includes(`key=${encodeURIComponent(key)}`)) continue;
      if (kind !== 'fail') doomed.delete(key);
      linear.fake.faults.add({ write: true, ...FAULTS[kind] });
      return;
    }
  }),
);

describeAdapterContract('linear', async () => {
  linear.reset();
  doomed.clear();
  // The suite's items carry no container, so every feature lives in one existing project.
  const project = seedProject(linear.fake, 'Plans');
  return {
    adapter: linear.adapter({ options: { project: project.id } }),
    provoke: (key, kind) => doomed.set(key, kind),
    withBadCredentials: async () =>
      linear.adapter({
        options: { project: project.id },
        env: { LINEAR_API_KEY: 'not-a-valid-key' },
      }),
    pageSize: 250,
  };
});
