/**
 * Linear's wire shapes → plansync's items, and the canonical forms of the fields Linear
 * changes on the way in. The marker is read from the plain-text footer of the owned region
 * (see index.ts for why it lives there).
 */
import { parseRegion } from '../../src/contract/body-region.js';
import { decodeMarker } from '../../src/contract/marker.js';
import type { ItemFields, RemoteItem } from '../../src/contract/types.js';
import type { GroupNative, IssueNative } from './context.js';
import type { WireIssue, WireMilestone, WireProject } from './wire.js';

/** Which plansync key a Linear id belongs to, for groups and blockers read in the same pass. */
export type KeyOf = (uuid: string) => string | undefined;

const CLOSED_TYPES = new Set(['completed', 'canceled']);

export function issueToItem(issue: WireIssue, groupKeyOf: KeyOf, blockerKeyOf: KeyOf): RemoteItem {
  const region = parseRegion(issue.description, 'text');
  const type = issue.state.type;
  // A blocker plansync does not know reads as its Linear id, so it counts as a difference.
  const blockers = issue.inverseRelations.nodes
    .filter((r) => r.type === 'blocks')
    .map((r) => ({
      relationId: r.id,
      blocker: r.issue.id,
      key: blockerKeyOf(r.issue.id) ?? `linear:${r.issue.id}`,
    }));
  const fields: Partial<ItemFields> = {
    title: issue.title,
    state: CLOSED_TYPES.has(type) ? 'closed' : 'open',
    labels: canonicalLabels(issue.labels.nodes.map((l) => l.name)),
    group: issue.projectMilestone
      ? (groupKeyOf(issue.projectMilestone.id) ?? `milestone:${issue.projectMilestone.id}`)
      : null,
    dependsOn: blockers.map((b) => b.key).sort(),
  };
  if (region.owned !== null) fields.body = region.owned;
  const native: IssueNative = {
    uuid: issue.id,
    description: issue.description ?? '',
    labelIds: issue.labels.nodes.map((l) => l.id),
    projectId: issue.project?.id ?? null,
    blockers,
  };
  return {
    id: issue.identifier,
    kind: 'task',
    ref: { text: issue.identifier, url: issue.url },
    marker: decodeMarker(region.marker),
    fields,
    ...(CLOSED_TYPES.has(type)
      ? { closedAs: type === 'completed' ? ('completed' as const) : ('not-planned' as const) }
      : {}),
    createdAt: issue.createdAt,
    // Everyone who can write in a Linear workspace is a member of it.
    trusted: true,
    native,
  };
}

/**
 * A project milestone → a group. Milestones have no page of their own: the link goes to the
 * project, with the milestone's id as the fragment so parseRef can tell groups apart.
 */
export function milestoneToItem(milestone: WireMilestone): RemoteItem {
  const { project } = milestone;
  const region = parseRegion(milestone.description, 'text');
  const fields: Partial<ItemFields> = { title: milestone.name };
  if (region.owned !== null) fields.body = region.owned;
  const native: GroupNative = {
    uuid: milestone.id,
    description: milestone.description ?? '',
    projectId: project.id,
    projectUrl: project.url,
  };
  return {
    id: milestone.id,
    kind: 'group',
    ref: { text: milestone.name, url: `${project.url}#${milestone.id}` },
    marker: decodeMarker(region.marker),
    fields,
    createdAt: milestone.createdAt,
    trusted: true,
    native,
  };
}

/** A project → the feature's container. */
export function projectToItem(project: WireProject): RemoteItem {
  const region = parseRegion(project.description, 'text');
  const fields: Partial<ItemFields> = { title: project.name };
  if (region.owned !== null) fields.body = region.owned;
  const native: GroupNative = {
    uuid: project.id,
    description: project.description,
    projectId: project.id,
    projectUrl: project.url,
  };
  return {
    id: project.id,
    kind: 'container',
    ref: { text: project.name, url: project.url },
    marker: decodeMarker(region.marker),
    fields,
    createdAt: project.createdAt,
    trusted: true,
    native,
  };
}

/**
 * Label names as Linear keeps them: unique ignoring case, so compared in lower case, sorted,
 * without duplicates. Idempotent.
 */
export function canonicalLabels(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim().toLowerCase()))].sort();
}

/**
 * A description as it reads back from Linear, which stores its own document format: HTML
 * comments are gone, trailing spaces and runs of blank lines collapse. Idempotent.
 */
export function canonicalBody(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
