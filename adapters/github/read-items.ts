import { normaliseUrl } from '../../src/diff/match-items.js';
import type { ReadScope, RemoteItem, Snapshot } from '../../src/contract/types.js';
import { issueToItem, milestoneToItem, type WireIssue, type WireMilestone } from './map.js';
import type { RepoContext } from './repo-context.js';

/**
 * Lists milestones and issues with `state=all` at 100 a page (never one request per task),
 * and keeps the items that carry a marker of the requested features, or that the plan links.
 * Pull requests come mixed into the issues list and are dropped.
 */
export async function readItems(
  ctx: RepoContext,
  scope: ReadScope,
  trustedBots: ReadonlySet<string>,
): Promise<Snapshot> {
  const milestones = await ctx.client.paginate(ctx.client.rest.issues.listMilestones, {
    owner: ctx.owner,
    repo: ctx.repo,
    state: 'all',
    per_page: 100,
  });
  const issues = scope.keys ? await recentIssues(ctx, scope.keys) : await allIssues(ctx);
  return { items: select(milestones, issues, scope, trustedBots) };
}

async function allIssues(ctx: RepoContext): Promise<WireIssue[]> {
  return ctx.client.paginate(ctx.client.rest.issues.listForRepo, {
    owner: ctx.owner,
    repo: ctx.repo,
    state: 'all',
    per_page: 100,
  });
}

/**
 * Recovery after an ambiguous create looks for items made moments ago: the newest page
 * first, and the whole list only when a key is not there.
 */
async function recentIssues(ctx: RepoContext, keys: string[]): Promise<WireIssue[]> {
  const { data } = await ctx.client.rest.issues.listForRepo({
    owner: ctx.owner,
    repo: ctx.repo,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  const found = new Set(
    data
      .map((issue) => issue.body ?? '')
      .join('\n')
      .match(/key=[^\s]+/g) ?? [],
  );
  const all = keys.every((key) => found.has(`key=${encodeURIComponent(key)}`));
  return all || data.length < 100 ? data : allIssues(ctx);
}

function select(
  milestones: WireMilestone[],
  issues: WireIssue[],
  scope: ReadScope,
  trustedBots: ReadonlySet<string>,
): RemoteItem[] {
  const links = new Set(scope.links.map(normaliseUrl));
  const wanted = (item: RemoteItem) => {
    if (links.has(normaliseUrl(item.ref.url))) return true;
    const key = item.marker?.key;
    if (!key) return false;
    if (scope.keys) return scope.keys.includes(key);
    return scope.features.some((feature) => key.startsWith(`${feature}/`));
  };
  const items: RemoteItem[] = [];
  const groupKeys = new Map<number, string>();
  for (const milestone of milestones) {
    const item = milestoneToItem(milestone);
    if (item.marker) groupKeys.set(milestone.number, item.marker.key);
    if (wanted(item)) items.push(item);
  }
  for (const issue of issues) {
    if (issue.pull_request) continue;
    const item = issueToItem(issue, (number) => groupKeys.get(number), trustedBots);
    if (wanted(item)) items.push(item);
  }
  return items;
}
