/**
 * The issue a link points at, when it is one of this site's: `<host>/browse/PLAN-17`, with
 * or without a query or trailing slash, in any letter case of the host.
 */
export function parseJiraRef(url: string, host: string): { id: string } | null {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(host);
  } catch {
    return null;
  }
  if (target.origin.toLowerCase() !== base.origin.toLowerCase()) return null;
  const prefix = base.pathname.replace(/\/+$/, '');
  const match = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/?$/i.exec(target.pathname.slice(prefix.length));
  return match ? { id: match[1]!.toUpperCase() } : null;
}

export function browseUrl(host: string, key: string): string {
  return `${host.replace(/\/+$/, '')}/browse/${key}`;
}
