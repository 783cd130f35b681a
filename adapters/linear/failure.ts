/**
 * A failed Linear request in plansync's terms. Linear answers errors as GraphQL errors
 * that @linear/sdk types: a rate limit (not run, safe to send again), refused credentials,
 * refused input (not run). No answer at all, or a 5xx, means a write may have happened.
 */
import { AuthenticationLinearError, LinearError, RatelimitedLinearError } from '@linear/sdk';
import type { WriteFailure } from '../../src/contract/types.js';
import { RateLimitStop } from './client.js';

export function toFailure(error: unknown): WriteFailure {
  if (error instanceof RateLimitStop) return { message: error.message, rateLimited: true };
  if (error instanceof RatelimitedLinearError) {
    return { message: firstLine(error.message), rateLimited: true, status: 429 };
  }
  if (error instanceof AuthenticationLinearError) {
    return { message: firstLine(error.message), auth: true, status: 401 };
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
