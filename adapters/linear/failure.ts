/**
 * A failed Linear request in plansync's terms. Linear answers errors as GraphQL errors
 * that @linear/sdk types: a rate limit (not run, safe to send again), refused credentials,
 * refused input (not run). No answer at all, or a 5xx, means a write may have happened.
 */
import { AuthenticationLinearError, LinearError, RatelimitedLinearError } from '@linear/sdk';
import type { WriteFailure } from '../../src/contract/types.js';
import { TrackerFailure, bodyDetail, httpFailure } from '../transport/tracker-failure.js';

export function toFailure(error: unknown): WriteFailure {
  if (error instanceof TrackerFailure) return { message: error.message, ...error.flags };
  if (error instanceof RatelimitedLinearError) {
    return { message: firstLine(error.message), rateLimited: true, status: 429 };
  }
  if (isAuth(error)) {
    return { message: firstLine((error as Error).message), auth: true, status: 401 };
  }
  if (error instanceof LinearError) {
    const status = error.status;
    const failure: WriteFailure = { message: firstLine(error.message) };
    if (status !== undefined) failure.status = status;
    // No status or a server error: the request may have been run before the answer was lost.
    if (status === undefined || status >= 500) failure.ambiguous = true;
    return failure;
  }
  // fetch itself failed: the connection dropped or timed out, maybe after the write.
  return { message: firstLine(String((error as Error)?.message ?? error)), ambiguous: true };
}

/**
 * Refused credentials: a 401, or Linear's own `authentication error`. The SDK also calls any
 * other bare 4xx (a proxy's 404 page) an authentication error; that is not one.
 */
export function isAuth(error: unknown): boolean {
  if (!(error instanceof LinearError)) return false;
  if (error.status === 401) return true;
  return (
    error instanceof AuthenticationLinearError &&
    (error.errors ?? []).some((e) => /authentication/i.test(String(e.type)))
  );
}

/**
 * A Linear error that ends a read (or the check before it) as the CLI's one line: refused
 * credentials exit 4, any other HTTP answer exits 1 with its status and what to do.
 * Anything else (a GraphQL error in a 200, a bug) is left as is.
 */
export function linearFailure(error: unknown, options: { variables: string[] }): unknown {
  if (error instanceof TrackerFailure) return error;
  if (!(error instanceof LinearError)) return error;
  const status = error.status ?? 0;
  const auth = isAuth(error);
  if (!auth && status <= 400) return error;
  const raw = (error.raw as { response?: { error?: unknown } } | undefined)?.response?.error;
  const said = error.errors?.[0]?.message ?? '';
  return httpFailure('Linear', status, bodyDetail(raw, said), auth ? options : null);
}

/** True when Linear refused a client-chosen id because an entity already has it. */
export function isDuplicateId(error: unknown): boolean {
  return (
    error instanceof LinearError &&
    (error.errors ?? []).some((e) => /already exists/i.test(e.message))
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.slice(0, 500);
}
