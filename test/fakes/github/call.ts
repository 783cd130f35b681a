/** A terse way for tests to talk to the fake's handler as a client would. */
import { callHandler, type CallResult } from '../call.js';
import { DEFAULT_TOKEN, type GitHubFake } from './handler.js';

export type { CallResult };

export interface CallOptions {
  token?: string | null;
  headers?: Record<string, string>;
  origin?: string;
}

export async function call(
  fake: Pick<GitHubFake, 'handle'>,
  method: string,
  path: string,
  body?: unknown,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers = new Headers(options.headers);
  const token = options.token === undefined ? DEFAULT_TOKEN : options.token;
  if (token !== null) headers.set('authorization', `token ${token}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`${options.origin ?? 'https://api.github.com'}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return callHandler(fake, request);
}
