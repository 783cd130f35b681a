import type { WriteFailure } from '../../src/contract/types.js';
import { TrackerFailure } from '../transport/tracker-failure.js';

interface MaybeRequestError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/**
 * An Octokit error as a write failure. No status (connection dropped, timeout) or a 5xx means
 * the write may have happened: the core then looks for the marker before sending it again.
 */
export function toFailure(error: unknown): WriteFailure {
  if (error instanceof TrackerFailure) return { message: error.message, ...error.flags };
  const e = (error ?? {}) as MaybeRequestError;
  const status = typeof e.status === 'number' && e.status > 0 ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '')));
  const failure: WriteFailure = { message: describe(e) };
  if (status !== undefined) failure.status = status;
  if (status === undefined || status >= 500) failure.ambiguous = true;
  if (rateLimited) failure.rateLimited = true;
  // Credentials refused in the middle of a run: the core stops and exits 4.
  if (status === 401) failure.auth = true;
  return failure;
}

function describe(e: MaybeRequestError): string {
  const data = e.response?.data as
    | { message?: string; errors?: { field?: string; code?: string; message?: string }[] }
    | undefined;
  const base = data?.message ?? e.message ?? 'request failed';
  const details = (data?.errors ?? [])
    .map((d) => d.message ?? [d.field, d.code].filter(Boolean).join(' '))
    .filter(Boolean);
  return details.length > 0 ? `${base} (${details.join('; ')})` : base;
}
