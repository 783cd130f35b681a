/**
 * What a route returns, and Jira's error shape: `errorMessages` for the request as a whole,
 * `errors` keyed by field. A failed check throws a `ReplyError` the handler turns into the
 * response, so routes read top to bottom.
 */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`fake Jira replies ${reply.status}`);
  }
}

export function fail(reply: Reply): never {
  throw new ReplyError(reply);
}

export function json(status: number, body?: unknown, headers?: Record<string, string>): Reply {
  return { status, ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) };
}

export function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): Reply {
  return json(status, { errorMessages, errors });
}

export function notFound(
  message = 'Issue does not exist or you do not have permission to see it.',
) {
  return jiraError(404, [message]);
}

export function badRequest(errorMessages: string[], errors: Record<string, string> = {}): Reply {
  return jiraError(400, errorMessages, errors);
}

export type Body = Record<string, unknown>;

export function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
