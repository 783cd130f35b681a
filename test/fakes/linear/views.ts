/**
 * Records seen through the schema: each view holds exactly the fields the fake models, as
 * values or as functions of the field's arguments. The executor answers a field only when
 * its view has it, so everything else fails loudly instead of answering null.
 */
import { connection, type ConnectionArgs, type ListOrder } from './connection.js';
import { NotModelledError } from './errors.js';
import { checkFilter, matches, type Entity } from './filter.js';
import type {
  FakeAttachment,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeProject,
  FakeRelation,
  FakeTeam,
  FakeUser,
  FakeWorkflowState,
} from './model.js';
import type { LinearState } from './state.js';

type Listed = { id: string; createdAt: string; updatedAt: string; seq: number };
type Args = ConnectionArgs & { filter?: Record<string, unknown> | null };

export type Views = ReturnType<typeof createViews>;

export function createViews(state: LinearState, order: () => ListOrder) {
  /** A filtered, paginated connection of `records`, each seen through `view`. */
  function list<T extends Listed>(
    entity: Entity,
    records: T[],
    args: Args,
    view: (record: T) => object,
  ) {
    checkFilter(entity, args.filter);
    const kept = records.filter((r) => matches(entity, r, args.filter, state));
    return connection(kept, args, order(), view);
  }

  function page<T extends Listed>(
    records: T[],
    args: Args,
    view: (record: T) => object,
    what: string,
  ) {
    if (args.filter) throw new NotModelledError(`the filter argument of ${what}`);
    return connection(records, args, order(), view);
  }

  const stamps = (r: { id: string; createdAt: string; updatedAt: string }) => ({
    id: r.id,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    archivedAt: null,
  });

  const organization = () => ({
    id: state.organization.id,
    name: state.organization.name,
    urlKey: state.organization.urlKey,
  });

  const user = (u: FakeUser) => ({
    id: u.id,
    name: u.name,
    displayName: u.displayName,
    email: u.email,
    admin: u.admin,
    organization,
  });

  const team = (t: FakeTeam): object => ({
    ...stamps(t),
    key: t.key,
    name: t.name,
    organization,
    states: (args: Args) => list('WorkflowState', state.teamStates(t.id), args, workflowState),
    labels: (args: Args) => list('IssueLabel', state.labelsFor(t.id), args, label),
    projects: (args: Args) =>
      list(
        'Project',
        state.projects.filter((p) => p.teamIds.includes(t.id)),
        args,
        project,
      ),
    issues: (args: Args) =>
      list(
        'Issue',
        state.issues.filter((i) => i.teamId === t.id),
        args,
        issue,
      ),
  });

  const workflowState = (s: FakeWorkflowState): object => ({
    ...stamps(s),
    name: s.name,
    type: s.type,
    position: s.position,
    color: s.color,
    team: () => team(state.mustTeam(s.teamId)),
  });

  const project = (p: FakeProject): object => ({
    ...stamps(p),
    name: p.name,
    description: p.description,
    slugId: p.slugId,
    url: state.projectUrl(p),
    creator: () => user(state.viewer),
    teams: (args: Args) =>
      list(
        'Team',
        state.teams.filter((t) => p.teamIds.includes(t.id)),
        args,
        team,
      ),
    projectMilestones: (args: Args) =>
      list(
        'ProjectMilestone',
        state.milestones.filter((m) => m.projectId === p.id),
        args,
        milestone,
      ),
    issues: (args: Args) =>
      list(
        'Issue',
        state.issues.filter((i) => i.projectId === p.id),
        args,
        issue,
      ),
  });

  const milestone = (m: FakeMilestone): object => ({
    ...stamps(m),
    name: m.name,
    description: m.description,
    sortOrder: m.sortOrder,
    project: () => project(state.mustProject(m.projectId)),
    issues: (args: Args) =>
      list(
        'Issue',
        state.issues.filter((i) => i.projectMilestoneId === m.id),
        args,
        issue,
      ),
  });

  const label = (l: FakeLabel): object => ({
    ...stamps(l),
    name: l.name,
    color: l.color,
    description: l.description,
    isGroup: false,
    parent: null,
    team: () => (l.teamId ? team(state.mustTeam(l.teamId)) : null),
  });

  const issue = (i: FakeIssue): object => ({
    ...stamps(i),
    identifier: state.identifier(i),
    number: i.number,
    url: state.issueUrl(i),
    title: i.title,
    description: i.description,
    completedAt: i.completedAt,
    canceledAt: i.canceledAt,
    trashed: null,
    creator: () => user(state.viewer),
    team: () => team(state.mustTeam(i.teamId)),
    state: () => workflowState(state.states.find((s) => s.id === i.stateId)!),
    project: () => (i.projectId ? project(state.mustProject(i.projectId)) : null),
    projectMilestone: () =>
      i.projectMilestoneId ? milestone(state.mustMilestone(i.projectMilestoneId)) : null,
    labels: (args: Args) =>
      list(
        'IssueLabel',
        state.labels.filter((l) => i.labelIds.includes(l.id)),
        args,
        label,
      ),
    relations: (args: Args) =>
      page(
        state.relations.filter((r) => r.issueId === i.id),
        args,
        relation,
        'Issue.relations',
      ),
    inverseRelations: (args: Args) =>
      page(
        state.relations.filter((r) => r.relatedIssueId === i.id),
        args,
        relation,
        'Issue.inverseRelations',
      ),
    comments: (args: Args) =>
      page(
        state.comments.filter((c) => c.issueId === i.id),
        args,
        comment,
        'Issue.comments',
      ),
    attachments: (args: Args) =>
      page(
        state.attachments.filter((a) => a.issueId === i.id),
        args,
        attachment,
        'Issue.attachments',
      ),
  });

  const relation = (r: FakeRelation): object => ({
    ...stamps(r),
    type: r.type,
    issue: () => issue(state.mustIssue(r.issueId)),
    relatedIssue: () => issue(state.mustIssue(r.relatedIssueId)),
  });

  const comment = (c: FakeComment): object => ({
    ...stamps(c),
    body: c.body,
    issue: () => issue(state.mustIssue(c.issueId)),
    user: () => user(state.viewer),
  });

  const attachment = (a: FakeAttachment): object => ({
    ...stamps(a),
    title: a.title,
    subtitle: a.subtitle,
    url: a.url,
    metadata: a.metadata,
    issue: () => issue(state.mustIssue(a.issueId)),
  });

  return {
    list,
    organization,
    user,
    team,
    workflowState,
    project,
    milestone,
    label,
    issue,
    relation,
    comment,
    attachment,
  };
}
