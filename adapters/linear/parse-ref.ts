/**
 * Links to Linear items. An issue's web address carries its identifier and, after it, a
 * slug of its title that changes with the title: `https://linear.app/acme/issue/ENG-12/add-login`.
 * The identifier alone identifies the issue. A group's link is its project's address with
 * the milestone's id as the fragment.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IssueUrl {
  identifier: string;
  team: string;
  number: number;
}

export function parseIssueUrl(url: string): IssueUrl | null {
  const parsed = linearUrl(url);
  const match =
    parsed && /^\/[^/]+\/issue\/([A-Za-z0-9]+)-(\d+)(?:\/[^/]*)?\/?$/.exec(parsed.pathname);
  if (!match) return null;
  const team = match[1]!.toUpperCase();
  return { identifier: `${team}-${match[2]}`, team, number: Number(match[2]) };
}

/** `{ id }` as RemoteItem ids go: an issue's identifier, a milestone's id; null otherwise. */
export function parseLinearRef(url: string): { id: string } | null {
  const issue = parseIssueUrl(url);
  if (issue) return { id: issue.identifier };
  const parsed = linearUrl(url);
  const fragment = parsed?.hash.slice(1) ?? '';
  if (parsed && /^\/[^/]+\/project\/[^/]+/.test(parsed.pathname) && UUID.test(fragment)) {
    return { id: fragment };
  }
  return null;
}

function linearUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.hostname === 'linear.app' && parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
