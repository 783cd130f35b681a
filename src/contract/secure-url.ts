/**
 * An API address a secret may be sent to: https anywhere, plain http on loopback only (where
 * local fakes and proxies live), so a token never travels in clear text over a network.
 */
export function secureUrl(raw: string): { url: string } | { problem: string } {
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

export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}
