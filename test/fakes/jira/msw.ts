/** Mounts the Jira fake in msw, so an in-process client reaches it without a socket. */
import { http, type HttpHandler } from 'msw';
import type { JiraFake } from './handler.js';

/**
 * Handlers for `setupServer(...)`. A dropped connection reaches the client as a network
 * error, because the fake answers `Response.error()` and msw turns that into one.
 */
export function createJiraMswHandlers(
  fake: Pick<JiraFake, 'handle'>,
  host = 'https://plansync.atlassian.net',
): HttpHandler[] {
  const base = host.replace(/\/+$/, '');
  return [http.all(`${base}/*`, ({ request }) => fake.handle(request))];
}
