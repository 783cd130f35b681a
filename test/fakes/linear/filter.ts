/**
 * The part of Linear's filter language the fake understands: per entity, the fields a
 * client can filter on, the comparators on them, nested entity filters, `and`/`or` and
 * `null`. A filter field or comparator outside that fails loudly, naming it, rather than
 * matching everything. Field names follow the schema's *Filter input types.
 */
import { NotModelledError } from './errors.js';
import type { LinearState } from './state.js';

export type Entity =
  'Issue' | 'Team' | 'Project' | 'ProjectMilestone' | 'IssueLabel' | 'WorkflowState';

type Scalar = string | number | boolean | null;
type Field =
  | { scalar: (record: any) => Scalar }
  | { entity: Entity; get: (record: any, state: LinearState) => unknown };

const FIELDS: Record<Entity, Record<string, Field>> = {
  Issue: {
    id: { scalar: (r) => r.id },
    number: { scalar: (r) => r.number },
    title: { scalar: (r) => r.title },
    description: { scalar: (r) => r.description },
    createdAt: { scalar: (r) => r.createdAt },
    updatedAt: { scalar: (r) => r.updatedAt },
    team: { entity: 'Team', get: (r, s) => s.mustTeam(r.teamId) },
    state: { entity: 'WorkflowState', get: (r, s) => s.states.find((x) => x.id === r.stateId) },
    project: { entity: 'Project', get: (r, s) => (r.projectId ? s.project(r.projectId) : null) },
    projectMilestone: {
      entity: 'ProjectMilestone',
      get: (r, s) => (r.projectMilestoneId ? s.milestone(r.projectMilestoneId) : null),
    },
  },
  Team: {
    id: { scalar: (r) => r.id },
    key: { scalar: (r) => r.key },
    name: { scalar: (r) => r.name },
  },
  Project: {
    id: { scalar: (r) => r.id },
    name: { scalar: (r) => r.name },
    slugId: { scalar: (r) => r.slugId },
    createdAt: { scalar: (r) => r.createdAt },
  },
  ProjectMilestone: {
    id: { scalar: (r) => r.id },
    name: { scalar: (r) => r.name },
    project: { entity: 'Project', get: (r, s) => s.project(r.projectId) },
  },
  IssueLabel: {
    id: { scalar: (r) => r.id },
    name: { scalar: (r) => r.name },
    createdAt: { scalar: (r) => r.createdAt },
    team: { entity: 'Team', get: (r, s) => (r.teamId ? s.team(r.teamId) : null) },
  },
  WorkflowState: {
    id: { scalar: (r) => r.id },
    name: { scalar: (r) => r.name },
    type: { scalar: (r) => r.type },
    position: { scalar: (r) => r.position },
    team: { entity: 'Team', get: (r, s) => s.mustTeam(r.teamId) },
  },
};

type Filter = Record<string, unknown>;

const COMPARATORS = new Set([
  'eq',
  'neq',
  'in',
  'nin',
  'null',
  'eqIgnoreCase',
  'neqIgnoreCase',
  'containsIgnoreCase',
  'startsWith',
  'gt',
  'gte',
  'lt',
  'lte',
]);

/**
 * Refuses a filter that uses a field or comparator the fake does not model. Checked before
 * any record is looked at, so an empty listing cannot hide the gap.
 */
export function checkFilter(entity: Entity, filter: Filter | null | undefined): void {
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null || key === 'null') continue;
    if (key === 'and' || key === 'or') {
      for (const part of value as Filter[]) checkFilter(entity, part);
      continue;
    }
    const field = FIELDS[entity][key];
    if (!field) throw new NotModelledError(`the filter field ${entity}Filter.${key}`);
    if (!('scalar' in field)) {
      checkFilter(field.entity, value as Filter);
      continue;
    }
    for (const op of Object.keys(value as Filter)) {
      if (!COMPARATORS.has(op))
        throw new NotModelledError(`the comparator ${entity}Filter.${key}.${op}`);
    }
  }
}

/** True when `record` passes `filter`; an absent or empty filter passes everything. */
export function matches(
  entity: Entity,
  record: unknown,
  filter: Filter | null | undefined,
  state: LinearState,
): boolean {
  if (!filter) return true;
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === 'and') {
      if (!(value as Filter[]).every((f) => matches(entity, record, f, state))) return false;
      continue;
    }
    if (key === 'or') {
      if (!(value as Filter[]).some((f) => matches(entity, record, f, state))) return false;
      continue;
    }
    if (key === 'null') {
      if ((record === null || record === undefined) !== value) return false;
      continue;
    }
    if (record === null || record === undefined) return false;
    const field = FIELDS[entity][key];
    if (!field) throw new NotModelledError(`the filter field ${entity}Filter.${key}`);
    if ('scalar' in field) {
      if (!compare(field.scalar(record), value as Filter, `${entity}Filter.${key}`)) return false;
    } else if (!matches(field.entity, field.get(record, state), value as Filter, state)) {
      return false;
    }
  }
  return true;
}

function compare(actual: Scalar, comparator: Filter, where: string): boolean {
  for (const [op, expected] of Object.entries(comparator)) {
    if (expected === undefined) continue;
    if (!test(op, actual, expected, where)) return false;
  }
  return true;
}

function test(op: string, actual: Scalar, expected: unknown, where: string): boolean {
  const lower = (v: unknown) => String(v).toLowerCase();
  switch (op) {
    case 'eq':
      return actual === expected;
    case 'neq':
      return actual !== expected;
    case 'in':
      return (expected as unknown[]).includes(actual);
    case 'nin':
      return !(expected as unknown[]).includes(actual);
    case 'null':
      return (actual === null) === expected;
    case 'eqIgnoreCase':
      return actual !== null && lower(actual) === lower(expected);
    case 'neqIgnoreCase':
      return actual === null || lower(actual) !== lower(expected);
    case 'containsIgnoreCase':
      return actual !== null && lower(actual).includes(lower(expected));
    case 'startsWith':
      return actual !== null && String(actual).startsWith(String(expected));
    case 'gt':
      return actual !== null && actual > (expected as number | string);
    case 'gte':
      return actual !== null && actual >= (expected as number | string);
    case 'lt':
      return actual !== null && actual < (expected as number | string);
    case 'lte':
      return actual !== null && actual <= (expected as number | string);
    default:
      throw new NotModelledError(`the comparator ${where}.${op}`);
  }
}
