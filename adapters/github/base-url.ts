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
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { problem: `"${raw}" is not a URL` };
  }
  if (parsed.protocol === 'https:') return { url: raw };
  if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) return { url: raw };
  return {
    problem: `refusing ${parsed.protocol}//${parsed.host}: use https (plain http is accepted for loopback addresses only)`,
  };
}

function isLoopback(host: string): boolean {
  return (
    host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/** The web address for an API base: api.github.com → github.com, GHES /api/v3 → the host. */
export function webUrlFor(apiUrl: string): string {
  if (apiUrl === PUBLIC_API) return 'https://github.com';
  return apiUrl.replace(/\/api\/v3$/, '');
}
