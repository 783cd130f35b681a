/** A terse way for tests to send a GraphQL document to the fake's handler as a client would. */
import { DEFAULT_API_KEY, type LinearFake } from './handler.js';
import { LINEAR_API_URL } from './msw.js';

export interface GqlResult {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or null when the connection was dropped. */
  body: any;
  dropped: boolean;
}

export async function gql(
  fake: Pick<LinearFake, 'handle'>,
  query: string,
  variables: Record<string, unknown> = {},
  options: { apiKey?: string | null } = {},
): Promise<GqlResult> {
  const headers = new Headers({ 'content-type': 'application/json' });
  const apiKey = options.apiKey === undefined ? DEFAULT_API_KEY : options.apiKey;
  if (apiKey !== null) headers.set('authorization', apiKey);
  const response = await fake.handle(
    new Request(LINEAR_API_URL, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    }),
  );
  if (response.type === 'error') {
    return { status: 0, headers: response.headers, body: null, dropped: true };
  }
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(await response.text()),
    dropped: false,
  };
}
