import type { WriteFailure } from '../../src/contract/types.js';
import { toJiraError } from './jira-error.js';

/** A failed request as the core's write failure: ambiguous, rate limited or refused credentials. */
export function toFailure(error: unknown): WriteFailure {
  const e = toJiraError(error);
  const failure: WriteFailure = { message: e.message };
  if (e.status !== undefined) failure.status = e.status;
  if (e.ambiguous) failure.ambiguous = true;
  if (e.rateLimited) failure.rateLimited = true;
  if (e.auth) failure.auth = true;
  return failure;
}
