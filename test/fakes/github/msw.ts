/** Mounts the fake in msw, so an in-process client's `fetch` reaches it without a socket. */
import { http, type HttpHandler } from 'msw';
import type { GitHubFake } from './handler.js';

/**
 * Handlers for `setupServer(...)`. A dropped connection reaches the client as a network
 * error, because the fake answers `Response.error()` and msw turns that into one.
 */
export function createGitHubMswHandlers(
  fake: Pick<GitHubFake, 'handle'>,
  baseUrl = 'https://api.github.com',
): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return [http.all(`${base}/*`, ({ request }) => fake.handle(request))];
}
