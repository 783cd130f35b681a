/**
 * Issues, statuses, versions and links as Jira's JSON renders them, with the `fields` and
 * `properties` selection a request makes: the fewer fields asked for, the smaller the answer.
 */
import type { FakeIssue, FakeVersion, IssueFields } from './model.js';
import type { JiraState } from './state.js';
import { STATUS_CATEGORIES } from './workflow.js';

export const EPIC_LINK = 'customfield_10014';
export const EPIC_NAME = 'customfield_10011';

export interface Selection {
  /** Field ids asked for; `*all` and `*navigable` expand. */
  fields: string[];
  /** Property keys asked for; `*all` for every one. */
  properties: string[];
}

/** `fields` and `properties` arrive as arrays (JSON bodies) or comma lists (query strings). */
export function listParam(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((s) => s.trim()).filter(Boolean);
}

export function jiraTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export function renderIssue(
  state: JiraState,
  api: string,
  issue: FakeIssue,
  selection: Selection,
  view: IssueFields = issue,
): Record<string, unknown> {
  const all = allFields(state, api, issue, view);
  const wanted = expand(selection.fields, Object.keys(all));
  const fields: Record<string, unknown> = {};
  for (const name of wanted) if (name in all) fields[name] = all[name];
  const out: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(issue.id),
    self: `${api}/issue/${issue.id}`,
    key: issue.key,
  };
  if (
    selection.fields.length > 0 &&
    !(selection.fields.length === 1 && selection.fields[0] === 'id')
  ) {
    out.fields = fields;
  }
  const keys = selection.properties.includes('*all')
    ? Object.keys(view.properties)
    : selection.properties.filter((k) => k in view.properties);
  if (selection.properties.length > 0) {
    out.properties = Object.fromEntries(keys.map((k) => [k, view.properties[k]]));
  }
  return out;
}

function expand(requested: string[], available: string[]): string[] {
  const out = new Set<string>();
  for (const name of requested) {
    if (name === '*all' || name === '*navigable') available.forEach((f) => out.add(f));
    else if (!name.startsWith('-')) out.add(name);
  }
  for (const name of requested) if (name.startsWith('-')) out.delete(name.slice(1));
  return [...out];
}

function allFields(
  state: JiraState,
  api: string,
  issue: FakeIssue,
  view: IssueFields,
): Record<string, unknown> {
  const project = state.project(issue.projectKey)!;
  const type = state.issueType(project, view.issueTypeId)!;
  const fields: Record<string, unknown> = {
    summary: view.summary,
    description: view.description,
    labels: view.labels,
    issuetype: renderIssueType(api, type),
    project: {
      id: String(project.id),
      key: project.key,
      name: project.name,
      self: `${api}/project/${project.id}`,
    },
    status: renderStatus(state, api, { ...issue, ...view }),
    resolution: view.resolution ? { id: '10000', name: view.resolution } : null,
    fixVersions: project.versions
      .filter((v) => view.fixVersionIds.includes(v.id))
      .map((v) => renderVersion(api, v)),
    issuelinks: state.links(issue).map((link) => {
      const type = state.linkTypes.find((t) => t.id === link.typeId)!;
      const blocksOther = link.inwardIssueId === issue.id;
      const other = state.issue(blocksOther ? link.outwardIssueId : link.inwardIssueId)!;
      return {
        id: link.id,
        self: `${api}/issueLink/${link.id}`,
        type: { ...type, self: `${api}/issueLinkType/${type.id}` },
        [blocksOther ? 'outwardIssue' : 'inwardIssue']: linkedIssue(state, api, other),
      };
    }),
    created: jiraTime(view.created),
    updated: jiraTime(view.updated),
  };
  if (state.mode === 'cloud') {
    const parent = view.parentId === null ? undefined : state.issue(view.parentId);
    if (parent) fields.parent = linkedIssue(state, api, parent);
  } else {
    fields[EPIC_LINK] = view.epicLink;
    fields[EPIC_NAME] = view.epicName;
  }
  return fields;
}

function linkedIssue(state: JiraState, api: string, issue: FakeIssue) {
  const type = state.typeOf(issue);
  return {
    id: String(issue.id),
    key: issue.key,
    self: `${api}/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      status: renderStatus(state, api, issue),
      issuetype: renderIssueType(api, type),
    },
  };
}

export function renderIssueType(
  api: string,
  type: { id: string; name: string; subtask: boolean; hierarchyLevel: number },
) {
  return {
    self: `${api}/issuetype/${type.id}`,
    id: type.id,
    name: type.name,
    subtask: type.subtask,
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function renderStatus(state: JiraState, api: string, issue: FakeIssue) {
  const status = state.statusOf(issue);
  return renderStatusDetails(api, status);
}

export function renderStatusDetails(
  api: string,
  status: { id: string; name: string; category: keyof typeof STATUS_CATEGORIES },
) {
  const category = STATUS_CATEGORIES[status.category];
  return {
    self: `${api}/status/${status.id}`,
    id: status.id,
    name: status.name,
    statusCategory: { self: `${api}/statuscategory/${category.id}`, ...category },
  };
}

export function renderVersion(api: string, version: FakeVersion) {
  return {
    self: `${api}/version/${version.id}`,
    id: version.id,
    name: version.name,
    ...(version.description !== undefined ? { description: version.description } : {}),
    archived: version.archived,
    released: version.released,
    projectId: version.projectId,
  };
}
