/**
 * A request that failed for good, as the one line (and hint) the CLI prints and the exit code
 * it ends with. It carries what a write's failure needs too (status, ambiguous, rate limited,
 * refused credentials), so a write that meets it reports the same facts.
 */
import { PlansyncError, planError } from '../../src/errors/catalogue.js';
import { STATUS_CODES } from 'node:http';
import { originOf } from './guarded-fetch.js';

export interface FailureFlags {
  status?: number;
  /** The request may have been carried out (a write must be looked for before a resend). */
  ambiguous?: boolean;
  rateLimited?: boolean;
  auth?: boolean;
}

export class TrackerFailure extends PlansyncError {
  constructor(
    base: PlansyncError,
    readonly flags: FailureFlags,
  ) {
    super(base.code, base.message, base.hint, base.exitCode);
    this.name = 'TrackerFailure';
  }

  get status(): number | undefined {
    return this.flags.status;
  }
}

/** "503 Service Unavailable". */
export function statusLine(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `${status} ${text}` : String(status);
}

/** Server errors (or no answer) on every try: the service is down or the network is. */
export function exhausted(
  tracker: string,
  last: { status?: number; unreachable?: { api: string; reason: string } },
  tries: number,
  startedAt: number,
  now: number,
): TrackerFailure {
  const seconds = Math.round((now - startedAt) / 1000);
  const attempts = `${tries} ${tries === 1 ? 'try' : 'tries'} over ${seconds}s`;
  if (last.unreachable || last.status === undefined) {
    const { api = tracker, reason = 'connection closed' } = last.unreachable ?? {};
    return new TrackerFailure(planError('tracker-unreachable', { api, reason, attempts }), {
      ambiguous: true,
    });
  }
  return new TrackerFailure(
    planError('tracker-unavailable', { tracker, status: statusLine(last.status), attempts }),
    { status: last.status, ambiguous: true },
  );
}

/** A rate limit asking for a longer wait than the run may sit through. */
export function rateLimitStop(
  tracker: string,
  seconds: number,
  maxWaitSeconds: number,
  setting: string,
  now: number,
): TrackerFailure {
  const at = new Date(now + seconds * 1000).toISOString().slice(11, 16);
  return new TrackerFailure(
    planError('rate-limited', { tracker, wait: humanWait(seconds), at, maxWaitSeconds, setting }),
    { rateLimited: true, status: 429 },
  );
}

/** An HTTP answer that ends the command: refused credentials exit 4, anything else 1. */
export function httpFailure(
  tracker: string,
  status: number,
  detail: string,
  auth: { variables: string[] } | null,
): TrackerFailure {
  if (auth) {
    return new TrackerFailure(
      planError('auth-failed', {
        tracker,
        detail: `${statusLine(status)}${detail ? ` (${detail})` : ''}`,
        variables: auth.variables,
      }),
      { status, auth: true },
    );
  }
  return new TrackerFailure(
    planError('tracker-request-failed', {
      tracker,
      status: statusLine(status),
      detail,
      hint: hintFor(status, detail),
    }),
    { status, ...(status >= 500 ? { ambiguous: true } : {}) },
  );
}

/** A URL outside the configured API: refused before it was sent. */
export function foreignOrigin(url: string, api: string): TrackerFailure {
  return new TrackerFailure(planError('foreign-origin', { origin: originOf(url) ?? url, api }), {});
}

/** What an answer's body says, in one line; an HTML page (a proxy, an outage page) says so. */
export function bodyDetail(body: unknown, fallback = ''): string {
  if (typeof body === 'string') {
    if (/^\s*</.test(body)) {
      const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim();
      return `an HTML page${title ? ` titled "${title}"` : ''} instead of the API's JSON`;
    }
    return oneLine(body) || fallback;
  }
  return fallback;
}

export function oneLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 300);
}

function hintFor(status: number, detail: string): string {
  if (detail.startsWith('an HTML page')) {
    return 'Something between plansync and the API answered (a proxy, a login or an outage page): check the API URL and any proxy, then run again.';
  }
  if (status === 410) {
    return 'The resource is gone or switched off (e.g. issues disabled on the repository): turn it back on, or point plansync at another target.';
  }
  if (status === 403) return 'The credentials lack access: check their scopes and permissions.';
  if (status === 404)
    return 'Check the target in your .planrc, and that the credentials can see it.';
  if (status >= 500) return 'The tracker failed to answer: try again later.';
  return 'Nothing more was sent. Check the target in your .planrc, then run again.';
}

function humanWait(seconds: number): string {
  if (seconds <= 300) return `${seconds}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}
