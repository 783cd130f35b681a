import { describe, expect, it } from 'vitest';
import { gql } from './call.js';
import { createLinearFake } from './handler.js';
import { seedIssues, seedProject } from './seed.js';

const PAGE = `query Page($first: Int, $after: String, $filter: IssueFilter) {
  issues(first: $first, after: $after, filter: $filter) {
    nodes { identifier }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function listAll(fake: ReturnType<typeof createLinearFake>, filter?: object) {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await gql(fake, PAGE, { first: 250, after, filter });
    const { nodes, pageInfo } = res.body.data.issues;
    seen.push(...nodes.map((n: { identifier: string }) => n.identifier));
    if (!pageInfo.hasNextPage) return seen;
    after = pageInfo.endCursor;
  }
}

describe('Relay pagination', () => {
  it('refuses pages above 250', async () => {
    const fake = createLinearFake();
    const res = await gql(fake, PAGE, { first: 251 });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      message: 'first must be between 0 and 250',
      extensions: { type: 'invalid input' },
    });
  });

  it('lists 600 issues in three pages of at most 250, each once', async () => {
    const fake = createLinearFake();
    seedIssues(fake, 600);
    const seen = await listAll(fake);
    expect(fake.requests.map((r) => r.operation)).toEqual(['Page', 'Page', 'Page']);
    expect(seen).toHaveLength(600);
    expect(new Set(seen).size).toBe(600);
  });

  it('pages 50 at a time when no page size is given', async () => {
    const fake = createLinearFake();
    seedIssues(fake, 60);
    const res = await gql(fake, '{ issues { nodes { id } pageInfo { hasNextPage } } }');
    expect(res.body.data.issues.nodes).toHaveLength(50);
    expect(res.body.data.issues.pageInfo.hasNextPage).toBe(true);
  });

  it('lists newest or oldest first by a switch, with the same issues either way', async () => {
    const fake = createLinearFake();
    seedIssues(fake, 3);
    const newest = await listAll(fake);
    fake.setListOrder('oldest-first');
    const oldest = await listAll(fake);
    expect(newest).toEqual(['ENG-3', 'ENG-2', 'ENG-1']);
    expect(oldest).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
  });

  it('filters by project and team key', async () => {
    const fake = createLinearFake({ teams: [{ key: 'ENG' }, { key: 'OPS' }] });
    const project = seedProject(fake);
    seedIssues(fake, 2, { projectId: project.id });
    seedIssues(fake, 2);
    seedIssues(fake, 1, { team: 'OPS' });
    expect(await listAll(fake, { project: { id: { eq: project.id } } })).toHaveLength(2);
    expect(await listAll(fake, { team: { key: { eq: 'OPS' } } })).toEqual(['OPS-1']);
    expect(await listAll(fake, { project: { null: true }, team: { key: { eq: 'ENG' } } })).toEqual([
      'ENG-4',
      'ENG-3',
    ]);
  });

  it('paginates nested connections too', async () => {
    const fake = createLinearFake();
    const team = fake.state.mustTeam('ENG');
    const labels = ['a', 'b', 'c'].map((name) => fake.state.addLabel({ name, teamId: team.id }));
    const [issue] = seedIssues(fake, 1);
    issue!.labelIds = labels.map((l) => l.id);
    const first = await gql(
      fake,
      `{ issue(id: "ENG-1") { labels(first: 2) { nodes { name } pageInfo { hasNextPage endCursor } } } }`,
    );
    const page = first.body.data.issue.labels;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await gql(
      fake,
      `query($after: String) { issue(id: "ENG-1") { labels(first: 2, after: $after) { nodes { name } } } }`,
      { after: page.pageInfo.endCursor },
    );
    expect(rest.body.data.issue.labels.nodes).toHaveLength(1);
  });
});
