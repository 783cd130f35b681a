/** Mounts the Linear fake in msw, so an in-process client's `fetch` reaches it without a socket. */
import { http, type HttpHandler } from 'msw';
import type { LinearFake } from './handler.js';

export const LINEAR_API_URL = 'https://api.linear.app/graphql';

/**
 * Handlers for `setupServer(...)`. A dropped connection reaches the client as a network
 * error, because the fake answers `Response.error()` and msw turns that into one.
 */
export function createLinearMswHandlers(
  fake: Pick<LinearFake, 'handle'>,
  apiUrl = LINEAR_API_URL,
): HttpHandler[] {
  return [http.all(apiUrl, ({ request }) => fake.handle(request))];
}
