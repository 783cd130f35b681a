/**
 * Jira's issues in plansync's words: which kind of item an issue is, its owned fields as the
 * core compares them, and what the adapter needs again to write it (kept as `native`).
 */
import { bodySum, type DescriptionFormat } from './description.js';
import type { EpicFields } from './epic-fields.js';
import { blockersOf } from './links.js';
import { readMarkerProperty, type MarkerProperty } from './marker-property.js';
import type { WireIssue } from './wire.js';

/** What a later write needs from a read issue: travels on the item, never cached. */
export interface IssueNative {
  type: 'issue';
  key: string;
  id: string;
  issueType: string;
  description: unknown;
  property: MarkerProperty | null;
  /** Blocks links on this issue that make it wait: link id and blocker key. */
  blockers: { linkId: string; key: string }[];
}

export interface IssueView {
  key: string;
  kind: 'group' | 'task';
  title: string;
  /** The owned body part as it reads now, comparable with `canonicalBody`. */
  body: string | undefined;
  state: 'open' | 'closed';
  /** Labels without plansync's own, sorted. */
  labels: string[];
  /** Key of the epic (parent or Epic Link), or the id of the first fix version. */
  group: string | null;
  /** Keys of the issues blocking this one. */
  blockedBy: string[];
  createdAt: string | undefined;
  native: IssueNative;
}

export interface MapOptions {
  label: string;
  epicType: string;
  phaseAs: 'epic' | 'version';
  format: DescriptionFormat;
  epicFields: EpicFields | null;
}

/** The fields every read asks Jira for, and nothing more. */
export function fieldsToRead(options: Pick<MapOptions, 'epicFields' | 'phaseAs'>): string[] {
  const fields = [
    'summary',
    'description',
    'labels',
    'issuetype',
    'status',
    'issuelinks',
    'created',
  ];
  if (options.phaseAs === 'version') fields.push('fixVersions');
  else if (options.epicFields) fields.push(options.epicFields.epicLink);
  else fields.push('parent');
  return fields;
}

export function issueToView(issue: WireIssue, options: MapOptions): IssueView {
  const f = issue.fields ?? {};
  const property = readMarkerProperty(issue.properties);
  const issueType = f.issuetype?.name ?? '';
  const kind = issueType.toLowerCase() === options.epicType.toLowerCase() ? 'group' : 'task';
  let group: string | null = null;
  if (options.phaseAs === 'version') group = f.fixVersions?.[0]?.id ?? null;
  else if (options.epicFields) {
    const link = f[options.epicFields.epicLink];
    group = typeof link === 'string' ? link : null;
  } else group = f.parent?.key ?? null;
  const blockers = (f.issuelinks ?? []).flatMap((link) =>
    link.type?.name === 'Blocks' && link.inwardIssue
      ? [{ linkId: String(link.id ?? ''), key: link.inwardIssue.key }]
      : [],
  );
  return {
    key: issue.key,
    kind,
    title: f.summary ?? '',
    body: property ? bodyOf(f.description, property, options.format) : undefined,
    state: f.status?.statusCategory?.key === 'done' ? 'closed' : 'open',
    labels: (f.labels ?? []).filter((l) => l !== options.label).sort(),
    group: kind === 'group' ? null : group,
    blockedBy: blockersOf(issue).sort(),
    createdAt: f.created
      ? new Date(f.created.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')).toISOString()
      : undefined,
    native: {
      type: 'issue',
      key: issue.key,
      id: issue.id,
      issueType,
      description: f.description ?? null,
      property,
      blockers,
    },
  };
}

/**
 * The body as plansync pushed it while nobody has changed plansync's part of the
 * description; otherwise what that part reads as now, which then differs from the marker.
 */
function bodyOf(description: unknown, property: MarkerProperty, format: DescriptionFormat): string {
  const untouched = bodySum(format, description, property.body) === property.sum;
  if (untouched && property.text !== undefined) return property.text;
  return format.readBody(description, property.body);
}

/** Jira labels cannot hold spaces: plansync's tags become hyphenated. */
export function jiraLabel(tag: string): string {
  return tag.trim().replace(/\s+/g, '-');
}
