import { guardedFetch } from '../../adapters/transport/guarded-fetch.js';
import { DEFAULT_POLICY } from '../../adapters/transport/policy.js';
/** Where `plansync ci` talks to GitHub: the API, a token, and the repository. */
export interface GitHubTarget {
  apiUrl: string;
  token: string;
  /** `owner/name`. */
  repository: string;
  fetch?: typeof globalThis.fetch;
}

/**
 * A small REST caller for the two things ci does on GitHub itself (a comment, a pull
 * request), whatever the tracker is. A non-2xx answer throws with the status and GitHub's
 * message; the token never appears in it.
 */
export function githubRequest(target: GitHubTarget) {
  // As for the trackers: nothing but the configured API receives the token, within a deadline.
  const fetch = guardedFetch({
    api: target.apiUrl,
    timeoutMs: DEFAULT_POLICY.timeoutMs,
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  return async (method: string, url: string, body?: unknown): Promise<Response> => {
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${target.token}`,
        'x-github-api-version': '2022-11-28',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      const message = /"message"\s*:\s*"([^"]*)"/.exec(detail)?.[1] ?? response.statusText;
      throw new Error(
        `GitHub answered ${response.status} to ${method} ${new URL(url).pathname}: ${message}`,
      );
    }
    return response;
  };
}
