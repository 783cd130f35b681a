/**
 * Creating and updating issues, with Linear's checks: a batch of at most 50 is checked as a
 * whole before anything is written (all or none), a client-chosen id is kept and a
 * duplicate is refused, and descriptions lose HTML comments on the way in (description.ts).
 */
import { storedDescription } from './description.js';
import { inputError, onlyModelled } from './errors.js';
import type { FakeIssue, FakeWorkflowState } from './model.js';
import type { LinearState } from './state.js';

export const MAX_BATCH = 50;

type Input = Record<string, unknown>;

const CREATE_FIELDS = [
  'id',
  'teamId',
  'title',
  'description',
  'stateId',
  'labelIds',
  'projectId',
  'projectMilestoneId',
  'createdAt',
];

const UPDATE_FIELDS = [
  'title',
  'description',
  'stateId',
  'labelIds',
  'addedLabelIds',
  'removedLabelIds',
  'projectId',
  'projectMilestoneId',
];

export function createIssues(state: LinearState, inputs: Input[]): FakeIssue[] {
  if (inputs.length === 0) throw inputError('issues must not be empty');
  if (inputs.length > MAX_BATCH) {
    throw inputError(
      `issues must contain at most ${MAX_BATCH} elements`,
      `You can create at most ${MAX_BATCH} issues at once.`,
    );
  }
  const seen = new Set<string>();
  // Check every input before writing anything, so a bad one leaves no partial batch.
  const checked = inputs.map((input) => {
    const id = optionalString(input.id);
    state.checkNewId(id, 'issue');
    if (id && seen.has(id)) throw inputError('Entity already exists', `Duplicate id "${id}".`);
    if (id) seen.add(id);
    return checkCreate(state, input);
  });
  return checked.map((c) => {
    const owner = state.mustTeam(c.teamId);
    const stamp = state.stamp(c.id);
    const issue: FakeIssue = {
      ...stamp,
      ...(c.createdAt ? { createdAt: c.createdAt } : {}),
      teamId: owner.id,
      number: owner.nextNumber++,
      title: c.title,
      description: storedDescription(c.description),
      stateId: c.state.id,
      labelIds: c.labelIds,
      projectId: c.projectId,
      projectMilestoneId: c.projectMilestoneId,
      creatorId: state.viewer.id,
      completedAt: null,
      canceledAt: null,
    };
    setStateDates(issue, c.state, stamp.createdAt);
    state.issues.push(issue);
    return issue;
  });
}

export function updateIssue(state: LinearState, id: string, input: Input): FakeIssue {
  onlyModelled(input, UPDATE_FIELDS, 'IssueUpdateInput');
  const issue = state.mustIssue(id);
  const next = { ...issue };
  if (input.title !== undefined && input.title !== null) {
    next.title = requiredTitle(input.title);
  }
  if (input.description !== undefined) {
    next.description = storedDescription(input.description as string | null);
  }
  let newState: FakeWorkflowState | undefined;
  if (typeof input.stateId === 'string') newState = stateOf(state, issue.teamId, input.stateId);
  if (input.projectId !== undefined) {
    next.projectId = projectFor(state, issue.teamId, input.projectId);
    if (next.projectId !== issue.projectId) next.projectMilestoneId = null;
  }
  if (input.projectMilestoneId !== undefined) {
    next.projectMilestoneId = milestoneFor(state, next.projectId, input.projectMilestoneId);
  }
  let labelIds = Array.isArray(input.labelIds)
    ? labelsFor(state, issue.teamId, input.labelIds)
    : [...issue.labelIds];
  if (Array.isArray(input.addedLabelIds)) {
    for (const added of labelsFor(state, issue.teamId, input.addedLabelIds)) {
      if (!labelIds.includes(added)) labelIds.push(added);
    }
  }
  if (Array.isArray(input.removedLabelIds)) {
    const removed = new Set(input.removedLabelIds as string[]);
    labelIds = labelIds.filter((l) => !removed.has(l));
  }
  next.labelIds = labelIds;
  Object.assign(issue, next);
  if (newState && newState.id !== issue.stateId) {
    issue.stateId = newState.id;
    setStateDates(issue, newState, state.timestamp());
  }
  state.touch(issue);
  return issue;
}

interface CheckedCreate {
  id: string | undefined;
  teamId: string;
  title: string;
  description: string | null;
  state: FakeWorkflowState;
  labelIds: string[];
  projectId: string | null;
  projectMilestoneId: string | null;
  createdAt: string | undefined;
}

function checkCreate(state: LinearState, input: Input): CheckedCreate {
  onlyModelled(input, CREATE_FIELDS, 'IssueCreateInput');
  const teamId = optionalString(input.teamId) ?? '';
  // Linear takes the team's id here, not its key.
  const owner = state.teams.find((t) => t.id === teamId);
  if (!owner) throw inputError('Entity not found: Team', `Could not find team "${teamId}".`);
  const projectId = projectFor(state, owner.id, input.projectId);
  return {
    id: optionalString(input.id),
    teamId: owner.id,
    title: requiredTitle(input.title),
    description: optionalString(input.description) ?? null,
    state:
      typeof input.stateId === 'string'
        ? stateOf(state, owner.id, input.stateId)
        : state.defaultState(owner.id),
    labelIds: Array.isArray(input.labelIds) ? labelsFor(state, owner.id, input.labelIds) : [],
    projectId,
    projectMilestoneId: milestoneFor(state, projectId, input.projectMilestoneId),
    createdAt: optionalString(input.createdAt),
  };
}

function requiredTitle(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw inputError('title must not be empty', 'An issue needs a title.');
  }
  return value;
}

function stateOf(state: LinearState, teamId: string, stateId: string): FakeWorkflowState {
  const found = state.states.find((s) => s.id === stateId);
  if (!found || found.teamId !== teamId) {
    throw inputError(
      'Entity not found: WorkflowState',
      `The workflow state "${stateId}" does not belong to the issue's team.`,
    );
  }
  return found;
}

function labelsFor(state: LinearState, teamId: string, ids: unknown[]): string[] {
  const allowed = new Set(state.labelsFor(teamId).map((l) => l.id));
  for (const id of ids) {
    if (typeof id !== 'string' || !allowed.has(id)) {
      throw inputError(
        'Entity not found: IssueLabel',
        `The label "${String(id)}" is neither a label of the issue's team nor a workspace label.`,
      );
    }
  }
  return [...new Set(ids as string[])];
}

function projectFor(state: LinearState, teamId: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const found = state.mustProject(String(value));
  if (!found.teamIds.includes(teamId)) {
    throw inputError(
      "Issue's team is not associated with the project",
      `The project "${found.name}" is not associated with the issue's team.`,
    );
  }
  return found.id;
}

function milestoneFor(state: LinearState, projectId: string | null, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const found = state.mustMilestone(String(value));
  if (found.projectId !== projectId) {
    throw inputError(
      'Project milestone does not belong to the issue project',
      `The milestone "${found.name}" belongs to another project than the issue.`,
    );
  }
  return found.id;
}

function setStateDates(issue: FakeIssue, to: FakeWorkflowState, at: string): void {
  issue.completedAt = to.type === 'completed' ? at : null;
  issue.canceledAt = to.type === 'canceled' ? at : null;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
