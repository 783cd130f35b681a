import { secureUrl } from '../../src/contract/secure-url.js';
export const PUBLIC_API = 'https://api.github.com';

/**
 * The API base URL: config, else `GITHUB_API_URL` (set by GitHub Actions, also on Enterprise
 * Server), else the public API. Plain http is refused except on loopback, where local fakes
 * and proxies live: a token must never travel in clear text over a network.
 */
export function resolveBaseUrl(
  configured: string | undefined,
  env: Record<string, string | undefined>,
): { url: string } | { problem: string } {
  const raw = (configured ?? env.GITHUB_API_URL ?? PUBLIC_API).replace(/\/+$/, '');
  return secureUrl(raw);
}

/** The web address for an API base: api.github.com → github.com, GHES /api/v3 → the host. */
export function webUrlFor(apiUrl: string): string {
  if (apiUrl === PUBLIC_API) return 'https://github.com';
  return apiUrl.replace(/\/api\/v3$/, '');
}
