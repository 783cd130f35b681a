/** A terse way for tests to send a GraphQL document to the fake's handler as a client would. */
import { callHandler, type CallResult } from '../call.js';
import { DEFAULT_API_KEY, type LinearFake } from './handler.js';
import { LINEAR_API_URL } from './msw.js';

export type GqlResult = CallResult;

export async function gql(
  fake: Pick<LinearFake, 'handle'>,
  query: string,
  variables: Record<string, unknown> = {},
  options: { apiKey?: string | null } = {},
): Promise<GqlResult> {
  const headers = new Headers({ 'content-type': 'application/json' });
  const apiKey = options.apiKey === undefined ? DEFAULT_API_KEY : options.apiKey;
  if (apiKey !== null) headers.set('authorization', apiKey);
  return callHandler(
    fake,
    new Request(LINEAR_API_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  );
}
