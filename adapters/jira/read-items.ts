/**
 * `read()`: the issues (and versions) plansync made for the requested features, plus the
 * ones the plan links to, as the core's items. Epics and blockers are named by the keys in
 * their markers, so the core compares plan keys with plan keys.
 */
import { decodeMarker } from '../../src/contract/marker.js';
import type { ItemFields, ReadScope, RemoteItem, Snapshot } from '../../src/contract/types.js';
import { mapOptions, type JiraContext } from './context.js';
import { fieldsToRead, issueToView, type IssueView } from './map.js';
import { browseUrl, parseJiraRef } from './parse-ref.js';
import { readIssues } from './read-issues.js';
import { versionMarker, versionUrl } from './versions.js';
import type { WireVersion } from './wire.js';

export async function readItems(ctx: JiraContext, scope: ReadScope): Promise<Snapshot> {
  const { config } = ctx;
  const options = await mapOptions(ctx);
  const linked = scope.links.flatMap((url) => parseJiraRef(url, config.host)?.id ?? []);
  const wire = await readIssues(ctx.api, {
    project: config.project,
    label: config.label,
    fields: fieldsToRead(options),
    linked: linked.filter((id) => !id.startsWith('version:')),
  });
  const views = wire.map((issue) => issueToView(issue, options));
  const versions = config.phaseAs === 'version' ? await ctx.api.versions(config.project) : [];

  // Jira key (or version id) → plansync key, for groups and blockers.
  const keyOf = new Map<string, string>();
  for (const view of views) {
    const key = view.native.property ? decodeMarker(view.native.property.marker)?.key : undefined;
    if (key) keyOf.set(view.key, key);
  }
  for (const version of versions) {
    const key = decodeMarker(versionMarker(version))?.key;
    if (key && version.id) keyOf.set(`version:${version.id}`, key);
  }

  const links = new Set(linked);
  const wanted = (item: RemoteItem) => {
    if (links.has(item.id)) return true;
    const key = item.marker?.key;
    if (!key) return false;
    if (scope.keys) return scope.keys.includes(key);
    return scope.features.some((feature) => key.startsWith(`${feature}/`));
  };
  const items = [
    ...versions.map((version) => versionToItem(ctx, version)),
    ...views.map((view) => viewToItem(ctx, view, keyOf)),
  ];
  return { items: items.filter(wanted) };
}

export function viewToItem(
  ctx: JiraContext,
  view: IssueView,
  keyOf: Map<string, string>,
): RemoteItem {
  const marker = view.native.property ? decodeMarker(view.native.property.marker) : null;
  const fields: Partial<ItemFields> = { title: view.title, state: view.state };
  if (view.body !== undefined) fields.body = view.body;
  if (view.kind === 'task') {
    fields.labels = view.labels;
    const groupId =
      view.group && ctx.config.phaseAs === 'version' ? `version:${view.group}` : view.group;
    fields.group = groupId ? (keyOf.get(groupId) ?? `jira:${groupId}`) : null;
    // Only plansync's own issues count as dependencies; links people made to others stay theirs.
    fields.dependsOn = view.blockedBy.flatMap((key) => keyOf.get(key) ?? []).sort();
    view.native.blockers = view.native.blockers.filter((b) => keyOf.has(b.key));
  }
  return {
    id: view.key,
    kind: view.kind,
    ref: { text: view.key, url: browseUrl(ctx.config.host, view.key) },
    marker,
    fields,
    ...(view.state === 'closed' ? { closedAs: 'completed' as const } : {}),
    ...(view.createdAt ? { createdAt: view.createdAt } : {}),
    native: view.native,
  };
}

export function versionToItem(ctx: JiraContext, version: WireVersion): RemoteItem {
  const id = `version:${version.id}`;
  return {
    id,
    kind: 'group',
    ref: {
      text: version.name ?? id,
      url: versionUrl(ctx.config.host, ctx.config.project, String(version.id)),
    },
    marker: decodeMarker(versionMarker(version)),
    fields: { title: version.name ?? '', state: version.released ? 'closed' : 'open' },
    native: { type: 'version', id: String(version.id), description: version.description ?? '' },
  };
}
