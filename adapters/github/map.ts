import type { RestEndpointMethodTypes } from '@octokit/rest';
import { decodeMarker } from '../../src/sync/marker.js';
import type { ItemFields, RemoteItem } from '../../src/sync/types.js';
import { parseBody } from './body.js';

export type WireIssue =
  RestEndpointMethodTypes['issues']['listForRepo']['response']['data'][number];
export type WireMilestone =
  RestEndpointMethodTypes['issues']['listMilestones']['response']['data'][number];

/** Milestone → plansync's group item. Only the owned region of the description is compared. */
export function milestoneToItem(milestone: WireMilestone): RemoteItem {
  const body = parseBody(milestone.description);
  const fields: Partial<ItemFields> = {
    title: milestone.title,
    state: milestone.state === 'closed' ? 'closed' : 'open',
    labels: [],
    group: null,
    dependsOn: [],
  };
  if (body.owned !== null) fields.body = body.owned;
  return {
    id: String(milestone.number),
    kind: 'group',
    ref: { text: milestone.title, url: milestone.html_url },
    marker: decodeMarker(body.marker),
    fields,
  };
}

/**
 * Issue → plansync's task item. `groupKeys` maps milestone numbers to the keys in their
 * markers; an issue a person moved to another milestone then reads as a different group.
 * Dependencies are not read (one request per issue): the marker's hash stands in for them.
 */
export function issueToItem(issue: WireIssue, groupKeys: ReadonlyMap<number, string>): RemoteItem {
  const body = parseBody(issue.body);
  const milestone = issue.milestone?.number;
  const fields: Partial<ItemFields> = {
    title: issue.title,
    state: issue.state === 'closed' ? 'closed' : 'open',
    labels: issue.labels
      .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
      .filter(Boolean)
      .sort(),
    group: milestone === undefined ? null : (groupKeys.get(milestone) ?? `milestone:${milestone}`),
  };
  if (body.owned !== null) fields.body = body.owned;
  return {
    id: String(issue.number),
    kind: 'task',
    ref: { text: `#${issue.number}`, url: issue.html_url },
    marker: decodeMarker(body.marker),
    fields,
  };
}
