/**
 * The fake's memory: one workspace with teams and their workflow states, projects and
 * milestones, team and workspace labels, issues, relations, comments and attachments.
 * Plain records plus the operations that keep them consistent (numbering, identifiers,
 * URLs, unique label names, timestamps), so resolvers and tests change it the same way.
 * Issue writes live in issue-writes.ts; relations, comments and attachments in issue-links.ts.
 */
import { randomUUID } from 'node:crypto';
import { entityNotFound, inputError } from './errors.js';
import { createIssueLinks } from './issue-links.js';
import { slug } from './slug.js';
import { DEFAULT_STATES } from './default-states.js';
import { storedDescription } from './description.js';
import type {
  FakeAttachment,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeOrganization,
  FakeProject,
  FakeRelation,
  FakeTeam,
  FakeUser,
  FakeWorkflowState,
  LinearStateOptions,
  SeedTeam,
} from './model.js';

export type * from './model.js';

export type LinearState = ReturnType<typeof createLinearState>;

/** Client-chosen ids must look like UUIDs, as on Linear. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createLinearState(options: LinearStateOptions = {}) {
  const now = options.now ?? Date.now;
  const organization: FakeOrganization = {
    id: randomUUID(),
    name: 'Acme',
    urlKey: options.urlKey ?? 'acme',
  };
  const viewer: FakeUser = {
    id: randomUUID(),
    name: 'Plansync Bot',
    displayName: 'plansync',
    email: 'plansync@acme.example',
    admin: false,
  };
  const teams: FakeTeam[] = [];
  const states: FakeWorkflowState[] = [];
  const projects: FakeProject[] = [];
  const milestones: FakeMilestone[] = [];
  const labels: FakeLabel[] = [];
  const issues: FakeIssue[] = [];
  const relations: FakeRelation[] = [];
  const comments: FakeComment[] = [];
  const attachments: FakeAttachment[] = [];
  const ids = new Set<string>();
  let seq = 0;
  let lastStamp = 0;

  /** A strictly increasing timestamp, so "updated since" comparisons always see a change. */
  function timestamp(): string {
    lastStamp = Math.max(now(), lastStamp + 1);
    return new Date(lastStamp).toISOString();
  }

  function stamp(id?: string): { id: string; createdAt: string; updatedAt: string; seq: number } {
    const chosen = id ?? randomUUID();
    ids.add(chosen);
    const at = timestamp();
    return { id: chosen, createdAt: at, updatedAt: at, seq: seq++ };
  }

  /** Checks a client-chosen id before anything is written. */
  function checkNewId(id: string | undefined | null, entity: string): void {
    if (id === undefined || id === null) return;
    if (!UUID.test(id))
      throw inputError(`id must be a UUID`, `The ${entity} id "${id}" is not a UUID.`);
    if (ids.has(id)) {
      throw inputError(
        'Entity already exists',
        `An entity with id "${id}" already exists; ids must be unique.`,
      );
    }
  }

  function addTeam(seed: SeedTeam): FakeTeam {
    const existing = team(seed.key);
    if (existing) return existing;
    const made: FakeTeam = {
      ...stamp(),
      key: seed.key,
      name: seed.name ?? seed.key,
      nextNumber: 1,
    };
    teams.push(made);
    DEFAULT_STATES.forEach((s, position) =>
      states.push({ ...stamp(), teamId: made.id, position, ...s }),
    );
    return made;
  }

  /** A team by id or key (keys compare without case, as Linear's do). */
  function team(idOrKey: string): FakeTeam | undefined {
    const upper = idOrKey.toUpperCase();
    return teams.find((t) => t.id === idOrKey || t.key.toUpperCase() === upper);
  }

  function mustTeam(idOrKey: string): FakeTeam {
    const found = team(idOrKey);
    if (!found) throw entityNotFound('Team', idOrKey);
    return found;
  }

  function teamStates(teamId: string): FakeWorkflowState[] {
    return states.filter((s) => s.teamId === teamId).sort((a, b) => a.position - b.position);
  }

  /** Where a new issue lands when no state is given: the team's first backlog state. */
  function defaultState(teamId: string): FakeWorkflowState {
    const all = teamStates(teamId);
    const found = all.find((s) => s.type === 'backlog') ?? all[0];
    if (!found) throw new Error(`team ${teamId} has no workflow states`);
    return found;
  }

  function addProject(input: {
    name: string;
    teamIds: string[];
    description?: string | null;
    id?: string | null;
  }): FakeProject {
    checkNewId(input.id, 'project');
    if (input.name.trim() === '') throw inputError('name must not be empty');
    if (input.teamIds.length === 0) throw inputError('teamIds must name at least one team');
    const teamIds = input.teamIds.map((id) => mustTeam(id).id);
    const made: FakeProject = {
      ...stamp(input.id ?? undefined),
      name: input.name,
      description: input.description ?? '',
      slugId: randomUUID().replaceAll('-', '').slice(0, 12),
      teamIds,
      creatorId: viewer.id,
    };
    projects.push(made);
    return made;
  }

  const project = (id: string) => projects.find((p) => p.id === id || p.slugId === id);

  function mustProject(id: string): FakeProject {
    const found = project(id);
    if (!found) throw entityNotFound('Project', id);
    return found;
  }

  function addMilestone(input: {
    projectId: string;
    name: string;
    description?: string | null;
    sortOrder?: number | null;
    id?: string | null;
  }): FakeMilestone {
    checkNewId(input.id, 'project milestone');
    const owner = mustProject(input.projectId);
    const siblings = milestones.filter((m) => m.projectId === owner.id);
    const made: FakeMilestone = {
      ...stamp(input.id ?? undefined),
      projectId: owner.id,
      name: input.name,
      description: storedDescription(input.description),
      sortOrder: input.sortOrder ?? Math.max(0, ...siblings.map((m) => m.sortOrder)) + 1,
    };
    milestones.push(made);
    return made;
  }

  const milestone = (id: string) => milestones.find((m) => m.id === id);

  function mustMilestone(id: string): FakeMilestone {
    const found = milestone(id);
    if (!found) throw entityNotFound('ProjectMilestone', id);
    return found;
  }

  /** Labels a team's issues can carry: its own and the workspace's. */
  function labelsFor(teamId: string): FakeLabel[] {
    return labels.filter((l) => l.teamId === null || l.teamId === teamId);
  }

  function addLabel(input: {
    name: string;
    teamId?: string | null;
    color?: string | null;
    description?: string | null;
    id?: string | null;
  }): FakeLabel {
    checkNewId(input.id, 'label');
    const teamId = input.teamId ? mustTeam(input.teamId).id : null;
    const wanted = input.name.trim().toLowerCase();
    if (wanted === '') throw inputError('name must not be empty');
    // Names are unique ignoring case among the labels one team sees.
    const clash = (teamId ? labelsFor(teamId) : labels).find(
      (l) => l.name.toLowerCase() === wanted,
    );
    if (clash) {
      throw inputError('duplicate label name', `A label named "${clash.name}" already exists.`);
    }
    const made: FakeLabel = {
      ...stamp(input.id ?? undefined),
      name: input.name.trim(),
      color: input.color ?? '#bec2c8',
      description: input.description ?? null,
      teamId,
    };
    labels.push(made);
    return made;
  }

  /** An issue by id or identifier (`ENG-12`), as `issue(id:)` accepts both. */
  function issue(idOrIdentifier: string): FakeIssue | undefined {
    const byId = issues.find((i) => i.id === idOrIdentifier);
    if (byId) return byId;
    const match = /^([A-Za-z0-9]+)-(\d+)$/.exec(idOrIdentifier);
    if (!match) return undefined;
    const owner = team(match[1]!);
    return issues.find((i) => i.teamId === owner?.id && i.number === Number(match[2]));
  }

  function mustIssue(idOrIdentifier: string): FakeIssue {
    const found = issue(idOrIdentifier);
    if (!found) throw entityNotFound('Issue', idOrIdentifier);
    return found;
  }

  function identifier(target: FakeIssue): string {
    return `${mustTeam(target.teamId).key}-${target.number}`;
  }

  function issueUrl(target: FakeIssue): string {
    return `https://linear.app/${organization.urlKey}/issue/${identifier(target)}/${slug(target.title)}`;
  }

  function projectUrl(target: FakeProject): string {
    const name = slug(target.name);
    return `https://linear.app/${organization.urlKey}/project/${name ? `${name}-` : ''}${target.slugId}`;
  }

  /** Marks a record as changed now. */
  function touch(record: { updatedAt: string }): void {
    record.updatedAt = timestamp();
  }

  function reset(): void {
    for (const list of [teams, states, projects, milestones, labels, issues]) list.length = 0;
    for (const list of [relations, comments, attachments]) list.length = 0;
    ids.clear();
    seq = 0;
    for (const seed of options.teams ?? [{ key: 'ENG', name: 'Engineering' }]) addTeam(seed);
  }

  reset();

  const links = createIssueLinks({
    relations,
    comments,
    attachments,
    viewer,
    stamp,
    checkNewId,
    mustIssue,
    touch,
  });

  return {
    organization,
    viewer,
    teams,
    states,
    projects,
    milestones,
    labels,
    issues,
    relations,
    comments,
    attachments,
    now,
    timestamp,
    stamp,
    checkNewId,
    touch,
    addTeam,
    team,
    mustTeam,
    teamStates,
    defaultState,
    stateNamed: (teamId: string, name: string) =>
      teamStates(teamId).find((s) => s.name.toLowerCase() === name.toLowerCase()),
    addProject,
    project,
    mustProject,
    addMilestone,
    milestone,
    mustMilestone,
    addLabel,
    labelsFor,
    issue,
    mustIssue,
    identifier,
    issueUrl,
    projectUrl,
    ...links,
    reset,
  };
}
