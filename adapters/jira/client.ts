/**
 * The jira.js client for a deployment (Version3Client on Cloud, Version2Client on Data
 * Center) and the one place requests go through. Every request is sent by axios's fetch
 * adapter through the guarded fetch: the configured host's origin only, a deadline each.
 * jira.js does not retry a 429, so `call` honours `Retry-After`, says on screen how long it
 * waits, and stops cleanly past the configured maximum. Reads are retried a few times after a
 * 5xx or no answer, each wait announced; writes never are, because Jira may have done them:
 * the core then recovers through a consistent read.
 */
import { Version2Client, Version3Client, type Config } from 'jira.js';
import type { ProgressEvent } from '../../src/contract/types.js';
import { guardedFetch } from '../transport/guarded-fetch.js';
import { DEFAULT_POLICY, type TransportHooks } from '../transport/policy.js';
import { withRetries } from '../transport/retry.js';
import { TrackerFailure, rateLimitStop } from '../transport/tracker-failure.js';
import type { Credentials } from './credentials.js';
import { toJiraError, type JiraError } from './jira-error.js';

export type { ProgressEvent };

export interface JiraClientOptions extends TransportHooks {
  host: string;
  deployment: 'cloud' | 'datacenter';
  credentials: Credentials;
}

export interface CallOptions {
  /** Safe to send again after a 5xx or a dropped connection (reads). */
  idempotent?: boolean;
}

export type JiraClient = ReturnType<typeof createJiraClient>;

const MAX_RATE_LIMIT_RETRIES = 5;
const DEFAULT_RETRY_AFTER_SECONDS = 5;

export function createJiraClient(options: JiraClientOptions) {
  const policy = options.policy ?? DEFAULT_POLICY;
  const fetch = guardedFetch({
    api: options.host,
    timeoutMs: policy.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // axios's fetch adapter takes the fetch to use from `env`.
  const baseRequestConfig = { adapter: 'fetch', env: { fetch } };
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

  /**
   * Runs one request, waiting out rate limits; throws a `JiraError`, or a `TrackerFailure`
   * when retries ran out or a rate limit asks for more than the run may wait.
   */
  async function call<T>(label: string, run: () => Promise<T>, opts: CallOptions = {}): Promise<T> {
    for (let limited = 0; ; limited++) {
      try {
        return await withRetries(run, {
          tracker: 'Jira',
          label,
          policy,
          retry: opts.idempotent === true,
          statusOf: (cause) => toJiraError(cause).status,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          sleep,
        });
      } catch (cause) {
        if (cause instanceof TrackerFailure) throw cause;
        const error: JiraError = toJiraError(cause);
        if (!error.rateLimited) {
          log(`${label} failed: ${error.message}`);
          throw error;
        }
        const seconds = error.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
        if (seconds > options.maxWaitSeconds || limited >= MAX_RATE_LIMIT_RETRIES) {
          throw rateLimitStop(
            'Jira',
            seconds,
            options.maxWaitSeconds,
            'jira.maxWaitSeconds',
            Date.now(),
          );
        }
        options.onProgress?.({
          kind: 'rate-limit-wait',
          seconds,
          message: `Jira rate limit: waiting ${seconds}s before retrying ${label}`,
        });
        await sleep(seconds * 1000);
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
