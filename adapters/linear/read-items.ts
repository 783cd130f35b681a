/**
 * Reads the features' items in as few requests as Linear allows: the projects (with their
 * milestones, 50 a page), then one issue listing for every project and every linked issue
 * together, 250 a page. Reads are consistent on Linear, so markers found here are the truth.
 */
import type { ReadScope, RemoteItem, Snapshot } from '../../src/contract/types.js';
import { keyFeature } from '../../src/diff/keys.js';
import { needTeam, type LinearContext } from './context.js';
import { issueToItem, milestoneToItem, projectToItem } from './map.js';
import { parseIssueUrl } from './parse-ref.js';
import {
  ISSUE_LINKS_QUERY,
  ISSUES_QUERY,
  LABEL_PAGE,
  MILESTONES_QUERY,
  PROJECT_QUERY,
  PROJECTS_QUERY,
  RELATION_PAGE,
} from './queries.js';
import type {
  Page,
  WireIssue,
  WireLabel,
  WireMilestone,
  WireProject,
  WireRelation,
} from './wire.js';

export async function readItems(ctx: LinearContext, scope: ReadScope): Promise<Snapshot> {
  const features = new Set(scope.features);
  const wantedKey = (key: string | undefined) =>
    key !== undefined &&
    features.has(keyFeature(key)) &&
    (scope.keys === undefined || scope.keys.includes(key));

  const projects = await projectsToScan(ctx, features);
  const items: RemoteItem[] = [];
  const groupKeys = new Map<string, string>();
  for (const project of projects) {
    const container = projectToItem(project);
    if (!ctx.projectId && wantedKey(container.marker?.key)) items.push(container);
    for (const milestone of await allMilestones(ctx, project)) {
      const group = milestoneToItem(milestone);
      if (group.marker) groupKeys.set(milestone.id, group.marker.key);
      if (wantedKey(group.marker?.key)) items.push(group);
    }
  }

  const linked = new Set<string>();
  const filters: Record<string, unknown>[] = [];
  if (projects.length > 0) filters.push({ project: { id: { in: projects.map((p) => p.id) } } });
  const byTeam = new Map<string, number[]>();
  for (const url of scope.links) {
    const ref = parseIssueUrl(url);
    if (!ref) continue;
    linked.add(ref.identifier);
    byTeam.set(ref.team, [...(byTeam.get(ref.team) ?? []), ref.number]);
  }
  for (const [team, numbers] of byTeam) {
    filters.push({ team: { key: { eq: team } }, number: { in: numbers } });
  }
  if (filters.length === 0) return { items };

  const issues = await ctx.transport.paginate<WireIssue, { issues: Page<WireIssue> }>(
    ISSUES_QUERY,
    { filter: filters.length === 1 ? filters[0] : { or: filters } },
    (data) => data.issues,
  );
  const issueKeys = new Map<string, string>();
  const kept: WireIssue[] = [];
  for (const issue of issues) {
    const item = issueToItem(
      issue,
      () => undefined,
      () => undefined,
    );
    if (item.marker) issueKeys.set(issue.id, item.marker.key);
    if (wantedKey(item.marker?.key) || linked.has(issue.identifier)) kept.push(issue);
  }
  for (const issue of kept) {
    await completeNestedPages(ctx, issue);
    items.push(
      issueToItem(
        issue,
        (id) => groupKeys.get(id),
        (id) => issueKeys.get(id),
      ),
    );
  }
  return { items };
}

/** The configured project, or the team's projects (plansync's carry a marker). */
async function projectsToScan(ctx: LinearContext, features: Set<string>): Promise<WireProject[]> {
  if (ctx.projectId) {
    const data = await ctx.transport.request<{ project: WireProject }>(PROJECT_QUERY, {
      id: ctx.projectId,
    });
    return [data.project];
  }
  const team = needTeam(ctx);
  const all = await ctx.transport.paginate<WireProject, { team: { projects: Page<WireProject> } }>(
    PROJECTS_QUERY,
    { team: team.id },
    (data) => data.team.projects,
  );
  return all.filter((project) => {
    const key = projectToItem(project).marker?.key;
    return key !== undefined && features.has(keyFeature(key));
  });
}

async function allMilestones(ctx: LinearContext, project: WireProject): Promise<WireMilestone[]> {
  const first = project.projectMilestones;
  if (!first.pageInfo.hasNextPage) return first.nodes;
  const rest = await ctx.transport.paginate<
    WireMilestone,
    { projectMilestones: Page<WireMilestone> }
  >(
    MILESTONES_QUERY,
    { project: project.id, after: first.pageInfo.endCursor },
    (data) => data.projectMilestones,
  );
  return [...first.nodes, ...rest];
}

/**
 * The listing asks for small nested pages to stay cheap; an issue whose page came back full
 * may have more labels or blockers, so it is asked for all of them (rare: most tasks have a
 * few of each).
 */
async function completeNestedPages(ctx: LinearContext, issue: WireIssue): Promise<void> {
  if (
    issue.labels.nodes.length < LABEL_PAGE &&
    issue.inverseRelations.nodes.length < RELATION_PAGE
  ) {
    return;
  }
  const data = await ctx.transport.request<{
    issue: { labels: { nodes: WireLabel[] }; inverseRelations: { nodes: WireRelation[] } };
  }>(ISSUE_LINKS_QUERY, { id: issue.id });
  issue.labels = data.issue.labels;
  issue.inverseRelations = data.issue.inverseRelations;
}
