/**
 * Runs a parsed query over the issues as the search index sees them. Like Jira, a key that
 * does not exist makes the whole query a 400 rather than matching nothing, which is one
 * reason a client cannot use `key in (…)` to probe for issues that may not exist.
 */
import { JqlError, type JqlClause, type JqlQuery } from './jql.js';
import type { FakeIssue, IssueFields } from './model.js';
import type { JiraState } from './state.js';

export interface Candidate {
  issue: FakeIssue;
  view: IssueFields;
}

export function runJql(state: JiraState, query: JqlQuery, candidates: Candidate[]): Candidate[] {
  for (const clause of query.clauses) checkKeys(state, clause);
  const found = candidates.filter((c) => query.clauses.every((cl) => matches(state, cl, c)));
  const order = query.orderBy.length > 0 ? query.orderBy : [{ field: 'key', direction: 'desc' }];
  return found.sort((a, b) => {
    for (const { field, direction } of order) {
      const diff = sortValue(field, a) - sortValue(field, b);
      if (diff !== 0) return direction === 'asc' ? diff : -diff;
    }
    return 0;
  });
}

function checkKeys(state: JiraState, clause: JqlClause): void {
  if (clause.field !== 'key' && clause.field !== 'parent' && clause.field !== 'epiclink') return;
  for (const value of clause.values) {
    if (state.issue(value)) continue;
    const field = clause.field === 'epiclink' ? 'Epic Link' : clause.field;
    throw new JqlError(
      /^\d+$/.test(value)
        ? `An issue with id '${value}' does not exist for field '${field}'.`
        : `An issue with key '${value}' does not exist for field '${field}'.`,
    );
  }
}

function matches(state: JiraState, clause: JqlClause, { issue, view }: Candidate): boolean {
  const actual = fieldValues(state, clause.field, issue, view);
  const lower = actual.map((v) => v.toLowerCase());
  const wanted = clause.values.map((v) => v.toLowerCase());
  switch (clause.op) {
    case '=':
    case 'in':
      return wanted.some((w) => lower.includes(w));
    case '!=':
    case 'not in':
      return !wanted.some((w) => lower.includes(w));
    case 'is':
      return actual.length === 0;
    case 'is not':
      return actual.length > 0;
  }
}

/** Every spelling a value may be given in: name, key and id. */
function fieldValues(
  state: JiraState,
  field: string,
  issue: FakeIssue,
  view: IssueFields,
): string[] {
  const project = state.project(issue.projectKey)!;
  switch (field) {
    case 'project':
      return [project.key, String(project.id), project.name];
    case 'labels':
      return view.labels;
    case 'key':
      return [issue.key, String(issue.id)];
    case 'id':
      return [String(issue.id)];
    case 'issuetype': {
      const type = state.issueType(project, view.issueTypeId);
      return type ? [type.id, type.name] : [];
    }
    case 'parent': {
      const parent = view.parentId === null ? undefined : state.issue(view.parentId);
      return parent ? [parent.key, String(parent.id)] : [];
    }
    case 'epiclink': {
      const epic = view.epicLink ? state.issue(view.epicLink) : undefined;
      return epic ? [epic.key, String(epic.id)] : [];
    }
    case 'fixversion':
      return project.versions
        .filter((v) => view.fixVersionIds.includes(v.id))
        .flatMap((v) => [v.id, v.name]);
    case 'status':
    case 'statuscategory': {
      const type = state.issueType(project, view.issueTypeId);
      const status = type?.statuses.find((s) => s.id === view.statusId);
      if (!status) return [];
      return field === 'status' ? [status.id, status.name] : [status.category];
    }
    default:
      throw new JqlError(`Field '${field}' cannot be searched by the fake.`);
  }
}

function sortValue(field: string, { issue, view }: Candidate): number {
  if (field === 'created') return view.created;
  if (field === 'updated') return view.updated;
  if (field === 'id') return issue.id;
  // Keys sort by project, then by number: PLAN-10 after PLAN-9.
  return Number(issue.key.split('-')[1]);
}
