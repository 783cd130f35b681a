/**
 * The one fetch every adapter sends through. It refuses any URL outside the configured API's
 * origin before a byte (or a credential) leaves, so a pagination link or a redirect that
 * points elsewhere never receives the token; and it gives every request a deadline, so a
 * server that accepts the connection and never answers cannot hold a run for ever.
 */

export type TransportErrorKind = 'foreign-origin' | 'timeout' | 'unreachable';

/** A request that got no HTTP answer, or was never sent. */
export class TransportError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    /** The URL asked for. */
    readonly url: string,
    /** The configured API address. */
    readonly api: string,
    /** In a few words: "connection refused", "no answer within 30s", … */
    readonly reason: string,
  ) {
    super(
      kind === 'foreign-origin'
        ? `refused to send a request to ${originOf(url) ?? url}, which is not the configured API ${api}`
        : `cannot reach ${api}: ${reason}`,
    );
    this.name = 'TransportError';
  }
}

export interface GuardOptions {
  /** The configured API address; only its origin may be asked. */
  api: string;
  timeoutMs: number;
  /** The fetch underneath; the global one (looked up per request) when absent. */
  fetch?: typeof globalThis.fetch;
}

export function guardedFetch(options: GuardOptions): typeof globalThis.fetch {
  const origin = new URL(options.api).origin;
  const api = options.api.replace(/\/+$/, '');
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (originOf(url) !== origin) throw new TransportError('foreign-origin', url, api, '');
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const given = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const signal = given ? AbortSignal.any([given, deadline]) : deadline;
    const send = options.fetch ?? globalThis.fetch;
    try {
      let response = await send(input, { ...init, signal, redirect: 'manual' });
      // Redirects are followed here, each hop checked, never by fetch behind the guard's back.
      for (let hop = 0, at = url; isRedirect(response.status) && hop < 5; hop++) {
        const location = response.headers.get('location');
        if (!location) break;
        const next = new URL(location, at).href;
        if (originOf(next) !== origin) throw new TransportError('foreign-origin', next, api, '');
        const method = response.status === 303 ? 'GET' : (init?.method ?? 'GET');
        const body = method === 'GET' ? undefined : init?.body;
        // A Request carries its own headers (the credentials among them): same origin, so kept.
        const headers = init?.headers ?? (input instanceof Request ? input.headers : undefined);
        at = next;
        response = await send(next, {
          ...init,
          method,
          body,
          ...(headers ? { headers } : {}),
          signal,
          redirect: 'manual',
        });
      }
      // The deadline covers the body too: read it here, where a stall is still ours to name.
      const body = await response.arrayBuffer();
      return new Response(noBody(response.status) ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (error instanceof TransportError) throw error;
      if (deadline.aborted) {
        const seconds = Math.round(options.timeoutMs / 100) / 10;
        throw new TransportError('timeout', url, api, `no answer within ${seconds}s`);
      }
      if (given?.aborted) throw error;
      throw new TransportError('unreachable', url, api, reasonOf(error));
    }
  };
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function noBody(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
};

/** "fetch failed" says nothing: the code on the cause (or its cause) does. */
function reasonOf(error: unknown): string {
  for (
    let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, i = 0;
    e && i < 4;
    i++
  ) {
    if (typeof e.code === 'string') return REASONS[e.code] ?? e.code;
    if (e.cause && typeof e.cause === 'object') e = e.cause as typeof e;
    else if (Array.isArray((e as { errors?: unknown[] }).errors))
      e = (e as { errors: unknown[] }).errors[0] as typeof e;
    else break;
  }
  return 'connection closed';
}

/** The TransportError behind an error that an SDK wrapped, if any. */
export function transportErrorIn(error: unknown): TransportError | undefined {
  for (let e = error, i = 0; e && typeof e === 'object' && i < 5; i++) {
    if (e instanceof TransportError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
