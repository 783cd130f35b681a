import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gql } from './call.js';
import { createLinearFake } from './handler.js';
import { seedIssues, seedProject } from './seed.js';

const BATCH = `mutation Batch($input: IssueBatchCreateInput!) {
  issueBatchCreate(input: $input) { success issues { id identifier number url description } }
}`;

function setup() {
  const fake = createLinearFake();
  const team = fake.state.mustTeam('ENG');
  return { fake, team };
}

describe('issueBatchCreate', () => {
  it('creates up to 50 issues with identifiers, numbers and URLs carrying a title slug', async () => {
    const { fake, team } = setup();
    const res = await gql(fake, BATCH, {
      input: {
        issues: [
          { teamId: team.id, title: 'Create project structure' },
          { teamId: team.id, title: 'Add the login form (v2)!' },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.issueBatchCreate.issues).toMatchObject([
      {
        identifier: 'ENG-1',
        number: 1,
        url: 'https://linear.app/acme/issue/ENG-1/create-project-structure',
      },
      { identifier: 'ENG-2', url: 'https://linear.app/acme/issue/ENG-2/add-the-login-form-v2' },
    ]);
  });

  it('keeps a client-chosen id, and refuses the same id again without creating anything', async () => {
    const { fake, team } = setup();
    const id = randomUUID();
    const first = await gql(fake, BATCH, {
      input: { issues: [{ id, teamId: team.id, title: 'a' }] },
    });
    expect(first.body.data.issueBatchCreate.issues[0].id).toBe(id);

    const again = await gql(fake, BATCH, {
      input: {
        issues: [
          { id: randomUUID(), teamId: team.id, title: 'b' },
          { id, teamId: team.id, title: 'a' },
        ],
      },
    });
    expect(again.status).toBe(400);
    expect(again.body.data).toBeNull();
    expect(again.body.errors[0]).toMatchObject({
      message: 'Entity already exists',
      path: ['issueBatchCreate'],
      extensions: { type: 'invalid input', userError: true },
    });
    expect(fake.state.issues.map((i) => i.title)).toEqual(['a']);
  });

  it('is atomic: one bad input leaves no issue and uses no number', async () => {
    const { fake, team } = setup();
    const res = await gql(fake, BATCH, {
      input: {
        issues: [
          { teamId: team.id, title: 'fine' },
          { teamId: team.id, title: 'bad label', labelIds: [randomUUID()] },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(fake.state.issues).toEqual([]);
    const next = await gql(fake, BATCH, { input: { issues: [{ teamId: team.id, title: 'x' }] } });
    expect(next.body.data.issueBatchCreate.issues[0].identifier).toBe('ENG-1');
  });

  it('refuses more than 50 issues in one batch and a client id that is not a UUID', async () => {
    const { fake, team } = setup();
    const issues = Array.from({ length: 51 }, (_, n) => ({ teamId: team.id, title: `T${n}` }));
    const res = await gql(fake, BATCH, { input: { issues } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('issues must contain at most 50 elements');
    const notUuid = await gql(fake, BATCH, {
      input: { issues: [{ id: 'T001', teamId: team.id, title: 'x' }] },
    });
    expect(notUuid.body.errors[0].extensions.type).toBe('invalid input');
    expect(fake.state.issues).toEqual([]);
  });

  it('stores descriptions without HTML comments, as Linear converts markdown to its own format', async () => {
    const { fake, team } = setup();
    const description = 'Intro\n\n<!-- plansync:T001 hash=abc -->\n\nOwned text\n<!-- end -->';
    const res = await gql(fake, BATCH, {
      input: { issues: [{ teamId: team.id, title: 't', description }] },
    });
    expect(res.body.data.issueBatchCreate.issues[0].description).toBe('Intro\n\nOwned text');
  });

  it('puts an issue in a project milestone only when the milestone belongs to its project', async () => {
    const { fake, team } = setup();
    const project = seedProject(fake);
    const other = seedProject(fake, 'Other');
    const milestone = fake.state.addMilestone({ projectId: other.id, name: 'Phase 1' });
    const res = await gql(fake, BATCH, {
      input: {
        issues: [
          { teamId: team.id, title: 'x', projectId: project.id, projectMilestoneId: milestone.id },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(fake.state.issues).toEqual([]);
  });
});

describe('issue updates, states, relations and comments', () => {
  it('moves an issue to a completed state and back, with completedAt following', async () => {
    const { fake, team } = setup();
    const [issue] = seedIssues(fake, 1);
    const done = fake.state.teamStates(team.id).find((s) => s.type === 'completed')!;
    const todo = fake.state.teamStates(team.id).find((s) => s.type === 'unstarted')!;
    const UPDATE = `mutation($id: String!, $input: IssueUpdateInput!) {
      issueUpdate(id: $id, input: $input) { issue { state { type } completedAt } }
    }`;
    const closed = await gql(fake, UPDATE, { id: 'ENG-1', input: { stateId: done.id } });
    expect(closed.body.data.issueUpdate.issue.state.type).toBe('completed');
    expect(closed.body.data.issueUpdate.issue.completedAt).not.toBeNull();
    const reopened = await gql(fake, UPDATE, { id: issue!.id, input: { stateId: todo.id } });
    expect(reopened.body.data.issueUpdate.issue).toEqual({
      state: { type: 'unstarted' },
      completedAt: null,
    });
  });

  it('records a blocks relation from the blocker, seen from both sides, and deletes it', async () => {
    const { fake } = setup();
    const [blocker, waiting] = seedIssues(fake, 2);
    const created = await gql(
      fake,
      `mutation($input: IssueRelationCreateInput!) {
        issueRelationCreate(input: $input) { issueRelation { id type } }
      }`,
      { input: { issueId: blocker!.id, relatedIssueId: waiting!.id, type: 'blocks' } },
    );
    const relationId = created.body.data.issueRelationCreate.issueRelation.id;
    const seen = await gql(
      fake,
      `query($id: String!) { issue(id: $id) {
        inverseRelations(first: 10) { nodes { type issue { identifier } } }
      } }`,
      { id: 'ENG-2' },
    );
    expect(seen.body.data.issue.inverseRelations.nodes).toEqual([
      { type: 'blocks', issue: { identifier: 'ENG-1' } },
    ]);
    await gql(fake, 'mutation($id: String!) { issueRelationDelete(id: $id) { success } }', {
      id: relationId,
    });
    expect(fake.state.relations).toEqual([]);
  });

  it('adds a comment to an issue', async () => {
    const { fake } = setup();
    seedIssues(fake, 1);
    await gql(
      fake,
      'mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { body } } }',
      { input: { issueId: 'ENG-1', body: 'Removed from the plan.' } },
    );
    expect(fake.state.comments.map((c) => c.body)).toEqual(['Removed from the plan.']);
  });
});

describe('labels, projects and milestones', () => {
  it('keeps label names unique ignoring case among a team and the workspace', async () => {
    const { fake, team } = setup();
    const LABEL = `mutation($input: IssueLabelCreateInput!) {
      issueLabelCreate(input: $input) { issueLabel { name team { key } } }
    }`;
    const made = await gql(fake, LABEL, { input: { name: 'US1', teamId: team.id } });
    expect(made.body.data.issueLabelCreate.issueLabel).toEqual({
      name: 'US1',
      team: { key: 'ENG' },
    });
    const clash = await gql(fake, LABEL, { input: { name: 'us1', teamId: team.id } });
    expect(clash.body.errors[0].extensions.userPresentableMessage).toBe(
      'A label named "US1" already exists.',
    );
    fake.state.addLabel({ name: 'Bug' });
    const workspace = await gql(fake, LABEL, { input: { name: 'BUG', teamId: team.id } });
    expect(workspace.status).toBe(400);
    expect(fake.state.labels.map((l) => l.name)).toEqual(['US1', 'Bug']);
  });

  it('creates a project for a team with a URL, and milestones in it', async () => {
    const { fake, team } = setup();
    const project = await gql(
      fake,
      `mutation($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id name url } } }`,
      { input: { name: '001 Demo', teamIds: [team.id], description: 'Feature 001-demo' } },
    );
    const { id, url } = project.body.data.projectCreate.project;
    expect(url).toMatch(/^https:\/\/linear\.app\/acme\/project\/001-demo-[0-9a-f]{12}$/);
    const milestone = await gql(
      fake,
      `mutation($input: ProjectMilestoneCreateInput!) {
        projectMilestoneCreate(input: $input) { projectMilestone { name sortOrder project { name } } }
      }`,
      { input: { projectId: id, name: 'Phase 1: Setup', description: 'Deliverables: repo' } },
    );
    expect(milestone.body.data.projectMilestoneCreate.projectMilestone).toEqual({
      name: 'Phase 1: Setup',
      sortOrder: 1,
      project: { name: '001 Demo' },
    });
  });
});
