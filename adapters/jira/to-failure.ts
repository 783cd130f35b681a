import type { WriteFailure } from '../../src/contract/types.js';
import { TrackerFailure, httpFailure } from '../transport/tracker-failure.js';
import { JiraError, toJiraError } from './jira-error.js';

/** A failed request as the core's write failure: ambiguous, rate limited or refused credentials. */
export function toFailure(error: unknown): WriteFailure {
  if (error instanceof TrackerFailure) return { message: error.message, ...error.flags };
  const e = toJiraError(error);
  const failure: WriteFailure = { message: e.message };
  if (e.status !== undefined) failure.status = e.status;
  if (e.ambiguous) failure.ambiguous = true;
  if (e.rateLimited) failure.rateLimited = true;
  if (e.auth) failure.auth = true;
  return failure;
}

/**
 * A Jira error that ends a read (or the check before it) as the CLI's one line: refused
 * credentials exit 4, any other answer exits 1 with its status and what to do. Anything
 * else (a bug, a refusal of our own making) is left as is.
 */
export function jiraFailure(error: unknown, options: { variables: string[] }): unknown {
  if (error instanceof TrackerFailure || !(error instanceof JiraError)) return error;
  if (error.status === undefined || error.status < 400) return error;
  const detail = error.message.replace(/^Jira answered \d+:? ?/, '');
  return httpFailure('Jira', error.status, detail, error.auth ? options : null);
}
