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
  const path = target.pathname.slice(prefix.length);
  const issue = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/?$/i.exec(path);
  if (issue) return { id: issue[1]!.toUpperCase() };
  // Fix versions, when phases are versions: /projects/PLAN/versions/10100
  const version = /^\/projects\/[A-Z][A-Z0-9_]*\/versions\/(\d+)\/?$/i.exec(path);
  return version ? { id: `version:${version[1]}` } : null;
}

export function browseUrl(host: string, key: string): string {
  return `${host.replace(/\/+$/, '')}/browse/${key}`;
}
