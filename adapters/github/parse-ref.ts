/**
 * The issue or milestone a link points at, in any of GitHub's forms for this repository
 * (`…/issues/12`, `…/pull/12`, `…/issues/12#issuecomment-1`, `…/milestone/3`, any host, so
 * Enterprise Server links work too). Links to other repositories are not this tracker's.
 */
export function parseGitHubRef(url: string, owner: string, repo: string): { id: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const match = /^\/([^/]+)\/([^/]+)\/(issues|pull|milestone)\/(\d+)\/?$/.exec(parsed.pathname);
  if (!match) return null;
  const [, o, r, , number] = match;
  if (o!.toLowerCase() !== owner.toLowerCase() || r!.toLowerCase() !== repo.toLowerCase())
    return null;
  return { id: String(Number(number)) };
}
