/**
 * The jira.js client for a deployment (Version3Client on Cloud, Version2Client on Data
 * Center) and the one place requests go through. jira.js does not retry a 429, so `call`
 * honours `Retry-After`, says on screen how long it waits, and gives up cleanly past the
 * configured maximum. Reads are retried once after a 5xx or a dropped connection; writes
 * never are, because Jira may have done them: the core then recovers through a consistent read.
 */
import { Version2Client, Version3Client, type Config } from 'jira.js';
import type { Credentials } from './credentials.js';
import { toJiraError, type JiraError } from './jira-error.js';

export interface ProgressEvent {
  kind: 'rate-limit-wait';
  seconds: number;
  message: string;
}

export interface JiraClientOptions {
  host: string;
  deployment: 'cloud' | 'datacenter';
  credentials: Credentials;
  maxWaitSeconds: number;
  onProgress?: (event: ProgressEvent) => void;
  log?: (message: string) => void;
  /** A fetch to send requests with (tests hand in a fake's); Node's HTTP stack otherwise. */
  fetch?: typeof globalThis.fetch;
  /** How to wait; tests make it instant. */
  sleep?: (ms: number) => Promise<void>;
}

export interface CallOptions {
  /** Safe to send again after a 5xx or a dropped connection (reads). */
  idempotent?: boolean;
}

export type JiraClient = ReturnType<typeof createJiraClient>;

const MAX_RATE_LIMIT_RETRIES = 5;
const DEFAULT_RETRY_AFTER_SECONDS = 5;

export function createJiraClient(options: JiraClientOptions) {
  const baseRequestConfig = options.fetch
    ? // axios's fetch adapter takes the fetch to use from `env`.
      { adapter: 'fetch', env: { fetch: options.fetch } }
    : {};
  const { credentials } = options;
  const config: Config =
    credentials.kind === 'basic'
      ? {
          host: options.host,
          authentication: { basic: { email: credentials.email, apiToken: credentials.apiToken } },
          baseRequestConfig,
        }
      : // Data Center's personal access tokens travel as Bearer, which jira.js sends for OAuth 2.0.
        {
          host: options.host,
          authentication: { oauth2: { accessToken: credentials.token } },
          baseRequestConfig,
        };
  const cloud = options.deployment === 'cloud';
  const client = cloud ? new Version3Client(config) : new Version2Client(config);
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const log = options.log ?? (() => {});

  /** Runs one request, waiting out rate limits; throws a `JiraError`. */
  async function call<T>(label: string, run: () => Promise<T>, opts: CallOptions = {}): Promise<T> {
    let limited = 0;
    let retried = false;
    for (;;) {
      try {
        return await run();
      } catch (cause) {
        const error: JiraError = toJiraError(cause);
        if (error.rateLimited) {
          const seconds = error.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
          if (seconds > options.maxWaitSeconds || limited >= MAX_RATE_LIMIT_RETRIES) throw error;
          limited += 1;
          options.onProgress?.({
            kind: 'rate-limit-wait',
            seconds,
            message: `Jira rate limit: waiting ${seconds}s before retrying ${label}`,
          });
          await sleep(seconds * 1000);
          continue;
        }
        if (opts.idempotent && error.ambiguous && !retried) {
          retried = true;
          log(`retrying ${label} after: ${error.message}`);
          continue;
        }
        throw error;
      }
    }
  }

  return {
    deployment: options.deployment,
    /** `/rest/api/3` on Cloud, `/rest/api/2` on Data Center. */
    root: cloud ? '/rest/api/3' : '/rest/api/2',
    host: options.host.replace(/\/+$/, ''),
    call,
    /** A request under the deployment's API root, through jira.js. */
    request<T>(
      label: string,
      config: {
        method: 'GET' | 'POST' | 'PUT' | 'DELETE';
        path: string;
        params?: object;
        data?: unknown;
      },
      opts: CallOptions = {},
    ): Promise<T> {
      const url = `${cloud ? '/rest/api/3' : '/rest/api/2'}${config.path}`;
      return call(
        label,
        () =>
          client.sendRequest<T>(
            {
              url,
              method: config.method,
              ...(config.params ? { params: config.params } : {}),
              ...(config.data !== undefined ? { data: config.data } : {}),
            },
            undefined as never,
          ),
        { idempotent: config.method === 'GET' || opts.idempotent === true, ...opts },
      );
    },
  };
}
