/** A terse way for tests to talk to the Jira fake's handler as a client would. */
import { callHandler, type CallResult } from '../call.js';
import type { JiraFake } from './handler.js';

export type { CallResult };

export interface CallOptions {
  /** The Authorization header; the fake's own credentials when absent, none when null. */
  authorization?: string | null;
  origin?: string;
}

/** `path` is under the fake's API root, e.g. `/issue/PLAN-1`. */
export async function call(
  fake: Pick<JiraFake, 'handle' | 'root' | 'credentials' | 'state'>,
  method: string,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers = new Headers();
  const authorization =
    options.authorization === undefined ? authorizationFor(fake) : options.authorization;
  if (authorization !== null) headers.set('authorization', authorization);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const url = path.startsWith('/rest/') ? path : `${fake.root}${path}`;
  const request = new Request(`${options.origin ?? 'https://plansync.atlassian.net'}${url}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return callHandler(fake, request);
}

export function authorizationFor(fake: Pick<JiraFake, 'credentials' | 'state'>): string {
  const { email, apiToken, pat } = fake.credentials;
  return fake.state.mode === 'cloud'
    ? `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`
    : `Bearer ${pat}`;
}
