/**
 * What a route returns: status, JSON body and extra headers. The handler turns it into a
 * Fetch `Response` and adds what every GitHub response carries (rate limit, ETag).
 */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const DOCS = 'https://docs.github.com/rest';

export interface FieldError {
  resource: string;
  code: 'missing_field' | 'already_exists' | 'invalid' | 'missing' | 'custom';
  /** Absent on `custom` errors about the whole resource, e.g. a duplicate pull request. */
  field?: string;
  value?: unknown;
  message?: string;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

export function notFound(): Reply {
  return json(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

/** GitHub's model-level validation error: `Validation Failed` with one entry per field. */
export function validationFailed(...errors: FieldError[]): Reply {
  return json(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: DOCS,
    status: '422',
  });
}

/** GitHub's schema-level error for a field of the wrong type. */
export function invalidType(field: string, value: unknown, expected: string): Reply {
  return json(422, {
    message: `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not ${expected}.`,
    documentation_url: DOCS,
    status: '422',
  });
}

export function badJson(): Reply {
  return json(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
}
