/**
 * The root fields the fake answers: the queries and mutations a sync client needs. Each is
 * a function of the field's arguments; a root field not listed here fails loudly.
 */
import { storedDescription } from './description.js';
import { NotModelledError, onlyModelled } from './errors.js';
import { createIssues, updateIssue } from './issue-writes.js';
import type { FakeRelation } from './model.js';
import type { LinearState } from './state.js';
import type { Views } from './views.js';

type Args = Record<string, any>;

export function createResolvers(state: LinearState, views: Views) {
  let syncId = 1000;
  /** Every mutation payload carries the sync id the change got. */
  const done = <T extends object>(payload: T) => ({
    success: true,
    lastSyncId: ++syncId,
    ...payload,
  });

  const query = {
    viewer: () => views.user(state.viewer),
    organization: () => views.organization(),
    teams: (args: Args) => views.list('Team', state.teams, args, views.team),
    team: (args: Args) => views.team(state.mustTeam(args.id)),
    workflowStates: (args: Args) =>
      views.list('WorkflowState', state.states, args, views.workflowState),
    projects: (args: Args) => views.list('Project', state.projects, args, views.project),
    project: (args: Args) => views.project(state.mustProject(args.id)),
    projectMilestones: (args: Args) =>
      views.list('ProjectMilestone', state.milestones, args, views.milestone),
    projectMilestone: (args: Args) => views.milestone(state.mustMilestone(args.id)),
    issueLabels: (args: Args) => views.list('IssueLabel', state.labels, args, views.label),
    issues: (args: Args) => views.list('Issue', state.issues, args, views.issue),
    issue: (args: Args) => views.issue(state.mustIssue(args.id)),
  };

  const mutation = {
    issueBatchCreate: (args: Args) =>
      done({ issues: createIssues(state, args.input.issues).map(views.issue) }),
    issueCreate: (args: Args) =>
      done({ issue: views.issue(createIssues(state, [args.input])[0]!) }),
    issueUpdate: (args: Args) =>
      done({ issue: views.issue(updateIssue(state, args.id, args.input)) }),
    issueRelationCreate: (args: Args) => {
      onlyModelled(
        args.input,
        ['id', 'issueId', 'relatedIssueId', 'type'],
        'IssueRelationCreateInput',
      );
      if (args.overrideCreatedAt != null)
        throw new NotModelledError('issueRelationCreate(overrideCreatedAt:)');
      const input = args.input as {
        id?: string;
        issueId: string;
        relatedIssueId: string;
        type: FakeRelation['type'];
      };
      return done({ issueRelation: views.relation(state.addRelation(input)) });
    },
    issueRelationDelete: (args: Args) => done({ entityId: state.deleteRelation(args.id).id }),
    commentCreate: (args: Args) => {
      onlyModelled(args.input, ['id', 'issueId', 'body'], 'CommentCreateInput');
      const { id, issueId, body } = args.input as { id?: string; issueId?: string; body?: string };
      if (!issueId) throw new NotModelledError('comments on anything but an issue');
      return done({
        comment: views.comment(state.addComment({ id, issueId: issueId!, body: body ?? '' })),
      });
    },
    projectCreate: (args: Args) => {
      onlyModelled(args.input, ['id', 'name', 'description', 'teamIds'], 'ProjectCreateInput');
      if (args.slackChannelName != null)
        throw new NotModelledError('projectCreate(slackChannelName:)');
      return done({ project: views.project(state.addProject(args.input)) });
    },
    projectUpdate: (args: Args) => {
      onlyModelled(args.input, ['name', 'description'], 'ProjectUpdateInput');
      const target = state.mustProject(args.id);
      const { name, description } = args.input as Args;
      if (name != null) target.name = name;
      if (description != null) target.description = description;
      state.touch(target);
      return done({ project: views.project(target) });
    },
    projectMilestoneCreate: (args: Args) => {
      onlyModelled(
        args.input,
        ['id', 'name', 'description', 'projectId', 'sortOrder'],
        'ProjectMilestoneCreateInput',
      );
      return done({ projectMilestone: views.milestone(state.addMilestone(args.input)) });
    },
    projectMilestoneUpdate: (args: Args) => {
      onlyModelled(args.input, ['name', 'description', 'sortOrder'], 'ProjectMilestoneUpdateInput');
      const target = state.mustMilestone(args.id);
      const { name, description, sortOrder } = args.input as Args;
      if (name != null) target.name = name;
      if (description !== undefined) target.description = storedDescription(description);
      if (sortOrder != null) target.sortOrder = sortOrder;
      state.touch(target);
      return done({ projectMilestone: views.milestone(target) });
    },
    issueLabelCreate: (args: Args) => {
      onlyModelled(
        args.input,
        ['id', 'name', 'teamId', 'color', 'description'],
        'IssueLabelCreateInput',
      );
      if (args.replaceTeamLabels != null)
        throw new NotModelledError('issueLabelCreate(replaceTeamLabels:)');
      return done({ issueLabel: views.label(state.addLabel(args.input)) });
    },
    attachmentCreate: (args: Args) => {
      onlyModelled(
        args.input,
        ['id', 'issueId', 'title', 'subtitle', 'url', 'metadata'],
        'AttachmentCreateInput',
      );
      return done({ attachment: views.attachment(state.addAttachment(args.input)) });
    },
  };

  return { query, mutation };
}
