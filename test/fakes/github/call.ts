/** A terse way for tests to talk to the fake's handler as a client would. */
import { DEFAULT_TOKEN, type GitHubFake } from './handler.js';

export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or null for an empty body. */
  body: any;
  /** True when the fake dropped the connection. */
  dropped: boolean;
}

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
  const response = await fake.handle(request);
  if (response.type === 'error') {
    return { status: 0, headers: response.headers, body: null, dropped: true };
  }
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
    dropped: false,
  };
}
