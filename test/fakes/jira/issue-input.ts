/**
 * Reads the `fields`, `update` and `properties` of a create or edit request the way Jira
 * does: every problem is collected into `errors` keyed by field, and the whole request is
 * refused when there is one. Each mode holds its own rules: Cloud takes ADF descriptions and
 * `parent`; Data Center takes strings and the Epic Link / Epic Name custom fields.
 */
import type { FakeIssue, FakeProject, IssueFields } from './model.js';
import { EPIC_LINK, EPIC_NAME } from './render.js';
import { isObject, type Body } from './reply.js';
import type { JiraState } from './state.js';

export type IssuePatch = Partial<Omit<IssueFields, 'created' | 'updated'>>;

export interface IssueInput {
  project?: FakeProject;
  patch: IssuePatch;
  properties: Record<string, unknown>;
  errors: Record<string, string>;
}

const NOT_SETTABLE = (name: string) =>
  `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;

export function readIssueInput(state: JiraState, body: Body, existing?: FakeIssue): IssueInput {
  const errors: Record<string, string> = {};
  const patch: IssuePatch = {};
  const fields = isObject(body.fields) ? body.fields : {};
  const cloud = state.mode === 'cloud';

  let project = existing ? state.project(existing.projectKey) : undefined;
  if (!existing) {
    const ref = isObject(fields.project) ? fields.project : {};
    project = state.projects().find((p) => p.key === ref.key || String(p.id) === String(ref.id));
    if (!project) errors.project = 'Specify a valid project ID or key';
  }

  let typeName = existing ? state.typeOf(existing).name : undefined;
  if (!existing) {
    const ref = isObject(fields.issuetype) ? fields.issuetype : {};
    const wanted = (ref.id ?? ref.name) as string | undefined;
    const type =
      project && wanted !== undefined ? state.issueType(project, String(wanted)) : undefined;
    if (!type) errors.issuetype = 'Specify an issue type';
    else {
      patch.issueTypeId = type.id;
      patch.statusId = type.statuses[0]!.id;
      typeName = type.name;
    }
  }

  for (const [name, value] of Object.entries(fields)) {
    switch (name) {
      case 'project':
      case 'issuetype':
        if (existing) errors[name] = NOT_SETTABLE(name);
        break;
      case 'summary':
        if (typeof value !== 'string' || value.trim() === '') {
          errors.summary = 'You must specify a summary of the issue.';
        } else if (value.length > 255) {
          errors.summary = 'Summary must be less than 255 characters.';
        } else patch.summary = value;
        break;
      case 'description':
        if (value === null) patch.description = null;
        else if (
          cloud &&
          !(isObject(value) && value.type === 'doc' && Array.isArray(value.content))
        ) {
          errors.description =
            'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
        } else if (!cloud && typeof value !== 'string') {
          errors.description = 'Operation value must be a string';
        } else patch.description = value;
        break;
      case 'labels': {
        const labels = readLabels(value, errors);
        if (labels) patch.labels = labels;
        break;
      }
      case 'parent': {
        if (!cloud) {
          errors.parent = NOT_SETTABLE('parent');
          break;
        }
        if (value === null) {
          patch.parentId = null;
          break;
        }
        const ref = isObject(value) ? value : {};
        const parent = state.issue(String(ref.key ?? ref.id ?? ''));
        if (!parent) errors.parent = 'Could not find issue by id or key.';
        else if (state.typeOf(parent).hierarchyLevel !== 1) {
          errors.parent = 'Given parent work item does not belong to appropriate hierarchy.';
        } else patch.parentId = parent.id;
        break;
      }
      case 'fixVersions': {
        const ids: string[] = [];
        for (const ref of Array.isArray(value) ? value : []) {
          const r = isObject(ref) ? ref : {};
          const version = project?.versions.find((v) => v.id === String(r.id) || v.name === r.name);
          if (!version)
            errors.fixVersions = `Version ${r.id ? `id '${r.id}'` : `name '${r.name}'`} is not valid`;
          else ids.push(version.id);
        }
        if (!Array.isArray(value)) errors.fixVersions = 'data was not an array';
        else if (!errors.fixVersions) patch.fixVersionIds = ids;
        break;
      }
      case EPIC_LINK: {
        if (cloud) {
          errors[name] = NOT_SETTABLE(name);
          break;
        }
        if (value === null) {
          patch.epicLink = null;
          break;
        }
        const epic = typeof value === 'string' ? state.issue(value) : undefined;
        if (!epic || state.typeOf(epic).name !== 'Epic') {
          errors[name] = `The issue '${String(value)}' is not an epic.`;
        } else patch.epicLink = epic.key;
        break;
      }
      case EPIC_NAME:
        if (cloud) errors[name] = NOT_SETTABLE(name);
        else if (typeof value !== 'string' || value.trim() === '')
          errors[name] = 'Epic Name is required.';
        else patch.epicName = value;
        break;
      default:
        errors[name] = NOT_SETTABLE(name);
    }
  }

  if (!existing) {
    if (fields.summary === undefined) errors.summary = 'You must specify a summary of the issue.';
    if (!cloud && typeName === 'Epic' && fields[EPIC_NAME] === undefined) {
      errors[EPIC_NAME] = 'Epic Name is required.';
    }
  }

  applyLabelUpdates(body, existing?.labels ?? patch.labels ?? [], patch, errors);
  return {
    ...(project ? { project } : {}),
    patch,
    properties: readProperties(body.properties, errors),
    errors,
  };
}

function readLabels(value: unknown, errors: Record<string, string>): string[] | undefined {
  if (!Array.isArray(value) || value.some((l) => typeof l !== 'string')) {
    errors.labels = 'data was not an array';
    return undefined;
  }
  const spaced = (value as string[]).find((l) => /\s/.test(l));
  if (spaced !== undefined) {
    errors.labels = `The label '${spaced}' contains spaces which is invalid.`;
    return undefined;
  }
  return [...new Set(value as string[])];
}

/** `update: { labels: [{ add }, { remove }, { set }] }`, applied after `fields`. */
function applyLabelUpdates(
  body: Body,
  current: string[],
  patch: IssuePatch,
  errors: Record<string, string>,
): void {
  const update = isObject(body.update) ? body.update : {};
  const ops = update.labels;
  if (ops === undefined) return;
  let labels = [...(patch.labels ?? current)];
  for (const op of Array.isArray(ops) ? ops : []) {
    if (!isObject(op)) continue;
    if (typeof op.add === 'string') {
      if (/\s/.test(op.add))
        errors.labels = `The label '${op.add}' contains spaces which is invalid.`;
      else if (!labels.includes(op.add)) labels.push(op.add);
    }
    if (typeof op.remove === 'string') labels = labels.filter((l) => l !== op.remove);
    if (Array.isArray(op.set)) labels = readLabels(op.set, errors) ?? labels;
  }
  patch.labels = labels;
}

function readProperties(value: unknown, errors: Record<string, string>): Record<string, unknown> {
  if (value === undefined) return {};
  const out: Record<string, unknown> = {};
  for (const entry of Array.isArray(value) ? value : []) {
    if (!isObject(entry) || typeof entry.key !== 'string' || entry.key.length > 255) {
      errors.properties = 'Each property needs a key of at most 255 characters.';
      continue;
    }
    out[entry.key] = entry.value;
  }
  if (!Array.isArray(value)) errors.properties = 'data was not an array';
  return out;
}
