/**
 * The fake as a `fetch`, for clients that take one: no socket, no msw. A dropped connection
 * becomes the TypeError Node's own fetch throws when a connection closes without an answer.
 */
import type { JiraFake } from './handler.js';

export function fakeFetch(fake: Pick<JiraFake, 'handle'>): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fake.handle(new Request(input, init));
    if (response.type === 'error')
      throw new TypeError('fetch failed', { cause: new Error('other side closed') });
    return response;
  };
}
