import { PlansyncError } from '../errors/catalogue.js';
import { EXIT } from '../errors/exit-codes.js';
import type { Adapter } from '../sync/types.js';

/** Runs `verify()`; a problem ends the command (exit 4 for authentication, else 1). */
export async function verifyAdapter(adapter: Adapter): Promise<void> {
  const problems = await adapter.verify();
  const first = problems[0];
  if (!first) return;
  const auth = problems.find((p) => p.code === 'auth');
  const chosen = auth ?? first;
  throw new PlansyncError(
    auth ? 'auth-failed' : 'target-problem',
    problems.map((p) => `${adapter.name}: ${p.message}`).join('\n'),
    chosen.hint,
    auth ? EXIT.auth : EXIT.failure,
  );
}
