/**
 * A GitHub error that ends a read (or the check before it) as the CLI's one line: refused
 * credentials exit 4, a rate limit longer than the run may wait exits 3 saying when to run
 * again, any other answer exits 1 with its status and what to do. Anything else is left as is.
 */
import {
  TrackerFailure,
  bodyDetail,
  httpFailure,
  rateLimitStop,
} from '../transport/tracker-failure.js';
import { waitSeconds } from './rate-limit-responses.js';

interface MaybeRequestError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function githubFailure(
  error: unknown,
  options: { variables: string[]; maxWaitSeconds: number; now?: number },
): unknown {
  if (error instanceof TrackerFailure) return error;
  const e = (error ?? {}) as MaybeRequestError;
  if (typeof e.status !== 'number' || e.status < 400 || !e.response) return error;
  const now = options.now ?? Date.now();
  const wait = waitSeconds(e, now);
  if (wait !== null) {
    return rateLimitStop('GitHub', wait, options.maxWaitSeconds, 'github.maxWaitSeconds', now);
  }
  const data = e.response.data as { message?: unknown } | string | undefined;
  const said = typeof data === 'object' && typeof data?.message === 'string' ? data.message : '';
  const detail = bodyDetail(data, said);
  return httpFailure(
    'GitHub',
    e.status,
    detail,
    e.status === 401 ? { variables: options.variables } : null,
  );
}
