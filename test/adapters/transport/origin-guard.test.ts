/**
 * Case 21 for the adapters whose pagination travels in the body (Linear's cursors, Jira's
 * startAt): their transports can still be sent elsewhere by a redirect, and the guard under
 * every adapter refuses any URL outside the configured API before a credential leaves.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createJiraClient } from '../../../adapters/jira/client.js';
import { createTransport } from '../../../adapters/linear/client.js';
import { guardedFetch, TransportError } from '../../../adapters/transport/guarded-fetch.js';
import { TrackerFailure } from '../../../adapters/transport/tracker-failure.js';
import { startHttpServer, type RunningServer } from '../../fakes/http-server.js';

const SECRET = 'secret-token-value';

/** The configured API: it redirects every request to `other`. */
let api: RunningServer;
/** Another origin, which must receive nothing. */
let other: RunningServer;
const reached: { url: string; authorization: string | null }[] = [];

beforeAll(async () => {
  other = await startHttpServer(async (request) => {
    reached.push({ url: request.url, authorization: request.headers.get('authorization') });
    return Response.json({ data: {} });
  });
  api = await startHttpServer(async (request) => {
    const url = new URL(request.url);
    return new Response(null, {
      status: 307,
      headers: { location: `${other.url}${url.pathname}${url.search}` },
    });
  });
});
afterAll(async () => {
  await Promise.all([api.close(), other.close()]);
});
afterEach(() => {
  reached.length = 0;
});

describe('the origin guard under every adapter', () => {
  it('refuses a URL on another origin without calling fetch at all', async () => {
    const sent: string[] = [];
    const fetch = guardedFetch({
      api: 'https://api.github.com',
      timeoutMs: 1000,
      fetch: async (input) => {
        sent.push(String(input));
        return new Response('{}');
      },
    });
    for (const url of [
      'https://evil.example/repos/acme/app/issues?page=2',
      'http://api.github.com/repos/acme/app/issues',
      'https://api.github.com:8443/repos',
    ]) {
      const error = await fetch(url, { headers: { authorization: `token ${SECRET}` } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TransportError);
      expect(error).toMatchObject({ kind: 'foreign-origin' });
    }
    await fetch('https://api.github.com/repos/acme/app');
    expect(sent).toEqual(['https://api.github.com/repos/acme/app']);
  });

  it('Linear: a redirect to another origin is refused, and the key never reaches it', async () => {
    const transport = createTransport({
      apiKey: SECRET,
      apiUrl: `${api.url}/graphql`,
      maxWaitSeconds: 0,
      policy: { timeoutMs: 2000, retries: 0, retryDelayMs: 0 },
    });

    const error = await transport
      .request('query PlansyncTeam { teams { nodes { id } } }')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TrackerFailure);
    expect((error as TrackerFailure).exitCode).toBe(1);
    expect((error as Error).message).toBe(
      `refused to send a request to ${other.url}, which is not the configured API ${api.url}/graphql`,
    );
    expect(reached).toEqual([]);
  });

  it.each(['cloud', 'datacenter'] as const)(
    'Jira (%s): a redirect to another origin is refused, and the credentials never reach it',
    async (deployment) => {
      const client = createJiraClient({
        host: api.url,
        deployment,
        credentials:
          deployment === 'cloud'
            ? { kind: 'basic', email: 'me@example.com', apiToken: SECRET }
            : { kind: 'bearer', token: SECRET },
        maxWaitSeconds: 0,
        policy: { timeoutMs: 2000, retries: 0, retryDelayMs: 0 },
      });

      const error = await client
        .request('project', { method: 'GET', path: '/project/PLAN' })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(TrackerFailure);
      expect((error as Error).message).toBe(
        `refused to send a request to ${other.url}, which is not the configured API ${api.url}`,
      );
      expect(reached).toEqual([]);
    },
  );
});

describe('redirects on the configured API', () => {
  it('are followed, with the credentials, hop by hop', async () => {
    const seen: { path: string; authorization: string | null }[] = [];
    const server = await startHttpServer(async (request) => {
      const url = new URL(request.url);
      seen.push({ path: url.pathname, authorization: request.headers.get('authorization') });
      if (url.pathname === '/old') {
        return new Response(null, { status: 301, headers: { location: '/new' } });
      }
      return Response.json({ ok: true });
    });
    try {
      const fetch = guardedFetch({ api: server.url, timeoutMs: 2000 });
      const response = await fetch(
        new Request(`${server.url}/old`, { headers: { authorization: `token ${SECRET}` } }),
      );
      expect(await response.json()).toEqual({ ok: true });
      expect(seen).toEqual([
        { path: '/old', authorization: `token ${SECRET}` },
        { path: '/new', authorization: `token ${SECRET}` },
      ]);
    } finally {
      await server.close();
    }
  });
});
