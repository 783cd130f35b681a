/**
 * Linear's error shapes. Every error carries `extensions.type`, the word @linear/sdk maps to
 * its typed errors (`ratelimited` → RatelimitedLinearError, `authentication error` →
 * AuthenticationLinearError, `invalid input` → InvalidInputLinearError), plus the
 * `code`, `userError` and `userPresentableMessage` Linear sends beside it.
 */
import { GraphQLError } from 'graphql';

export interface LinearErrorJson {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions: Record<string, unknown>;
}

/** A mistake in the input of a mutation or query; the request changes nothing. */
export function inputError(message: string, userPresentableMessage = message): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      type: 'invalid input',
      code: 'INPUT_ERROR',
      statusCode: 400,
      userError: true,
      userPresentableMessage,
    },
  });
}

export function entityNotFound(entity: string, id: string): GraphQLError {
  return inputError(`Entity not found: ${entity}`, `Could not find referenced ${entity} "${id}".`);
}

/**
 * Something the fake does not imitate. It fails loudly, naming what was asked for, so a
 * client never mistakes a gap in the fake for a null from Linear.
 */
export class NotModelledError extends GraphQLError {
  constructor(what: string) {
    super(`The Linear fake does not model ${what}`, {
      extensions: { type: 'internal error', code: 'NOT_MODELLED_BY_FAKE', userError: false },
    });
  }
}

/** Refuses an input that sets a field the fake does not imitate. */
export function onlyModelled(
  input: Record<string, unknown>,
  known: readonly string[],
  typeName: string,
): void {
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && !known.includes(key))
      throw new NotModelledError(`${typeName}.${key}`);
  }
}

export function authenticationError(): LinearErrorJson {
  return {
    message: 'Authentication required, not authenticated',
    extensions: {
      type: 'authentication error',
      code: 'AUTHENTICATION_ERROR',
      statusCode: 401,
      userError: true,
      userPresentableMessage:
        'You need to authenticate to access this operation. Use a personal API key in the Authorization header, without "Bearer".',
    },
  };
}

export function ratelimitedError(): LinearErrorJson {
  return {
    message: 'Rate limit exceeded',
    extensions: {
      type: 'ratelimited',
      code: 'RATELIMITED',
      statusCode: 429,
      userError: true,
      userPresentableMessage:
        'Too many requests. Wait for the time given in the X-RateLimit-Requests-Reset header.',
    },
  };
}

export function complexityError(complexity: number, limit: number): LinearErrorJson {
  return {
    message: `Query too complex: ${complexity} points, the limit is ${limit}`,
    extensions: {
      type: 'invalid input',
      code: 'QUERY_TOO_COMPLEX',
      statusCode: 400,
      userError: true,
      userPresentableMessage: 'Query too complex. Ask for fewer fields or smaller pages.',
    },
  };
}

/** Syntax and validation errors: the document never runs. */
export function validationError(error: GraphQLError): LinearErrorJson {
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    extensions: {
      type: 'graphql error',
      code: 'GRAPHQL_VALIDATION_FAILED',
      statusCode: 400,
      userError: true,
      userPresentableMessage: error.message,
    },
  };
}

/** Any error from running a document, in Linear's shape; unknown errors become internal. */
export function toLinearError(error: GraphQLError): LinearErrorJson {
  const known = typeof error.extensions?.type === 'string';
  return {
    message: error.message,
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    extensions: known
      ? { ...error.extensions }
      : { type: 'internal error', code: 'INTERNAL_SERVER_ERROR', userError: false },
  };
}
