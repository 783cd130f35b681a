import type { RestEndpointMethodTypes } from '@octokit/rest';
import { parseRegion } from '../../src/contract/body-region.js';
import { decodeMarker } from '../../src/contract/marker.js';
import type { ItemFields, RemoteItem } from '../../src/contract/types.js';
import type { IssueNative, MilestoneNative } from './repo-context.js';

export type WireIssue =
  RestEndpointMethodTypes['issues']['listForRepo']['response']['data'][number];
export type WireMilestone =
  RestEndpointMethodTypes['issues']['listMilestones']['response']['data'][number];

/** Who may write in a repository: a marker on an issue by anyone else is not trusted. */
const WRITERS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/** Milestone → plansync's group item. Only the owned region of the description is compared. */
export function milestoneToItem(milestone: WireMilestone): RemoteItem {
  const body = parseRegion(milestone.description);
  const fields: Partial<ItemFields> = {
    title: milestone.title,
    state: milestone.state === 'closed' ? 'closed' : 'open',
  };
  if (body.owned !== null) fields.body = body.owned;
  const native: MilestoneNative = { description: milestone.description ?? '' };
  return {
    id: String(milestone.number),
    kind: 'group',
    ref: { text: milestone.title, url: milestone.html_url },
    marker: decodeMarker(body.marker),
    fields,
    ...(milestone.state === 'closed' ? { closedAs: 'completed' as const } : {}),
    createdAt: milestone.created_at,
    native,
  };
}

/**
 * Issue → plansync's task item. `groupOf` maps a milestone number to the key in its marker;
 * an issue a person moved to another milestone then reads as a different group. Dependencies
 * read as their count (`issue_dependencies_summary`), which is the canonical form GitHub's
 * task kind declares: reading each issue's blockers would cost a request per issue.
 */
export function issueToItem(
  issue: WireIssue,
  groupOf: (milestone: number) => string | undefined,
  trustedBots: ReadonlySet<string> = new Set(),
): RemoteItem {
  const body = parseRegion(issue.body);
  const milestone = issue.milestone?.number;
  const fields: Partial<ItemFields> = {
    title: issue.title,
    state: issue.state === 'closed' ? 'closed' : 'open',
    labels: issue.labels
      .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
      .filter(Boolean)
      .sort(),
    group: milestone === undefined ? null : (groupOf(milestone) ?? `milestone:${milestone}`),
  };
  const summary = (issue as { issue_dependencies_summary?: { total_blocked_by?: number } })
    .issue_dependencies_summary;
  if (typeof summary?.total_blocked_by === 'number') {
    fields.dependsOn = [dependencyCount(summary.total_blocked_by)];
  }
  if (body.owned !== null) fields.body = body.owned;
  const native: IssueNative = { databaseId: issue.id, body: issue.body ?? '' };
  const login = issue.user?.login ?? '';
  const trusted =
    WRITERS.has(issue.author_association ?? '') || trustedBots.has(login.toLowerCase());
  return {
    id: String(issue.number),
    kind: 'task',
    ref: { text: `#${issue.number}`, url: issue.html_url },
    marker: decodeMarker(body.marker),
    fields,
    ...(issue.state === 'closed'
      ? { closedAs: issue.state_reason === 'not_planned' ? 'not-planned' : 'completed' }
      : {}),
    createdAt: issue.created_at,
    trusted,
    native,
  } as RemoteItem;
}

/** GitHub's canonical form of a dependency list: how many there are. Idempotent. */
export function dependencyCount(count: number): string {
  return `${count} blocking`;
}

export function canonicalDependencies(keys: string[]): string[] {
  if (keys.length === 1 && / blocking$/.test(keys[0]!)) return keys;
  return [dependencyCount(keys.length)];
}
