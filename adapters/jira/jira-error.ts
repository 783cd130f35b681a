import { transportErrorIn } from '../transport/guarded-fetch.js';
import { bodyDetail } from '../transport/tracker-failure.js';

/**
 * A failed Jira request, in the words the core needs: the status, Jira's own messages (its
 * `errorMessages` and per-field `errors`), whether the request may have taken effect, whether
 * it was a rate limit (with the wait asked for) or refused credentials.
 */
export class JiraError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly details: { errorMessages: string[]; errors: Record<string, string> },
    readonly retryAfter?: number,
    /** Why Data Center refused a login (`X-Seraph-LoginReason`), when it says. */
    readonly loginReason?: string,
  ) {
    super(message);
    this.name = 'JiraError';
  }

  /** No answer, or a 5xx: Jira may have done it anyway. */
  get ambiguous(): boolean {
    return this.status === undefined || this.status >= 500;
  }

  get rateLimited(): boolean {
    return this.status === 429;
  }

  /** Refused credentials: a 401, or Data Center's 403 that names a failed login. */
  get auth(): boolean {
    if (this.status === 401) return true;
    return (
      this.status === 403 && /AUTHENTICAT(ED|ION)_(FAILED|DENIED)/.test(this.loginReason ?? '')
    );
  }
}

interface MaybeHttpError {
  status?: unknown;
  message?: unknown;
  code?: unknown;
  /** jira.js's HttpException keeps Jira's body here. */
  response?: unknown;
  /** …and axios's error, with the headers, here. */
  cause?: { response?: { status?: number; headers?: Record<string, unknown>; data?: unknown } };
}

export function toJiraError(cause: unknown): JiraError {
  if (cause instanceof JiraError) return cause;
  const transport = transportErrorIn(cause);
  if (transport)
    return new JiraError(transport.message, undefined, { errorMessages: [], errors: {} });
  const e = (cause ?? {}) as MaybeHttpError & {
    response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
    isAxiosError?: boolean;
  };
  const axiosResponse = e.cause?.response ?? (e.isAxiosError ? e.response : undefined);
  const rawStatus = axiosResponse?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  // An axios error without a response is a connection that never answered.
  const status = e.isAxiosError && !e.response ? undefined : rawStatus;
  const body = (axiosResponse?.data ??
    (typeof e.response === 'object' ? (e.response as { data?: unknown }).data : undefined)) as
    { errorMessages?: unknown; errors?: unknown } | undefined;
  const errorMessages = Array.isArray(body?.errorMessages) ? body.errorMessages.map(String) : [];
  const errors =
    body?.errors && typeof body.errors === 'object'
      ? Object.fromEntries(Object.entries(body.errors).map(([k, v]) => [k, String(v)]))
      : {};
  const retryAfterHeader = axiosResponse?.headers?.['retry-after'];
  const retryAfter =
    retryAfterHeader !== undefined && /^\d+$/.test(String(retryAfterHeader))
      ? Number(retryAfterHeader)
      : undefined;
  const said = [...errorMessages, ...Object.entries(errors).map(([k, v]) => `${k}: ${v}`)];
  // A page of HTML (a proxy's, an outage page) is named, never printed.
  const html = bodyDetail(typeof body === 'string' ? body : undefined);
  const details = said.length > 0 ? said : html.startsWith('an HTML page') ? [html] : [];
  const base =
    status === undefined
      ? `no response from Jira (${String(e.code ?? e.message ?? 'connection closed')})`
      : `Jira answered ${status}`;
  const message = details.length > 0 ? `${base}: ${details.join('; ')}` : base;
  const loginReason = axiosResponse?.headers?.['x-seraph-loginreason'];
  return new JiraError(
    message,
    status,
    { errorMessages, errors },
    retryAfter,
    loginReason === undefined ? undefined : String(loginReason),
  );
}
