import { describe, expect, it } from 'vitest';
import { call } from './call.js';
import { createGitHubFake } from './handler.js';

function fake() {
  const f = createGitHubFake({
    repos: ['acme/app'],
    now: () => Date.parse('2025-03-01T10:00:00Z'),
  });
  return { f };
}

describe('issues', () => {
  it('creates an issue with a database id distinct from its number and a github.com web page', async () => {
    const { f } = fake();
    const created = await call(f, 'POST', '/repos/acme/app/issues', { title: 'T001 Set up' });
    expect(created.status).toBe(201);
    expect(created.body.number).toBe(1);
    expect(created.body.id).not.toBe(1);
    expect(created.body.html_url).toBe('https://github.com/acme/app/issues/1');
    expect(created.body.url).toBe('https://api.github.com/repos/acme/app/issues/1');
    expect(created.headers.get('location')).toBe(created.body.url);
    expect(f.state.issue('acme/app', 1)?.title).toBe('T001 Set up');
  });

  it('shares one number sequence between issues and pull requests', async () => {
    const { f } = fake();
    f.state.seedIssue('acme/app', { title: 'one' });
    f.state.seedPullRequest('acme/app', { title: 'two' });
    const created = await call(f, 'POST', '/repos/acme/app/issues', { title: 'three' });
    expect(created.body.number).toBe(3);
  });

  it('creates unknown labels named on an issue, and matches known ones case-insensitively', async () => {
    const { f } = fake();
    f.state.seedLabel('acme/app', { name: 'US1', color: '0e8a16' });
    const created = await call(f, 'POST', '/repos/acme/app/issues', {
      title: 'x',
      labels: ['us1', 'parallel'],
    });
    expect(created.body.labels.map((l: any) => [l.name, l.color])).toEqual([
      ['US1', '0e8a16'],
      ['parallel', 'ededed'],
    ]);
    expect(f.state.labels('acme/app').map((l) => l.name)).toEqual(['US1', 'parallel']);
  });

  it('refuses an issue without a title with GitHub’s validation body', async () => {
    const { f } = fake();
    for (const body of [{}, { title: '' }, { body: 'no title' }]) {
      const res = await call(f, 'POST', '/repos/acme/app/issues', body);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }],
      });
      expect(res.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);
    }
    expect(f.state.issues('acme/app')).toEqual([]);
  });

  it('refuses a title over 256 characters on create and on update, changing nothing', async () => {
    const { f } = fake();
    const long = 'x'.repeat(257);
    const created = await call(f, 'POST', '/repos/acme/app/issues', { title: long });
    expect(created.status).toBe(422);
    expect(created.body.errors[0].message).toBe('title is too long (maximum is 256 characters)');
    expect(f.state.issues('acme/app')).toEqual([]);
    await call(f, 'POST', '/repos/acme/app/issues', { title: 'x'.repeat(256) });
    const updated = await call(f, 'PATCH', '/repos/acme/app/issues/1', { title: long });
    expect(updated.status).toBe(422);
    expect(f.state.issue('acme/app', 1)?.title).toBe('x'.repeat(256));
  });

  it('renders who opened an issue and what they are to the repository', async () => {
    const { f } = fake();
    f.state.seedIssue('acme/app', { title: 'mine' });
    f.state.seedIssue('acme/app', {
      title: 'theirs',
      author: { login: 'stranger', association: 'NONE' },
    });
    const listed = await call(f, 'GET', '/repos/acme/app/issues');
    const byTitle = Object.fromEntries(
      (listed.body as { title: string; user: { login: string }; author_association: string }[]).map(
        (issue) => [issue.title, [issue.user.login, issue.author_association]],
      ),
    );
    expect(byTitle).toEqual({ mine: ['plansync-bot', 'OWNER'], theirs: ['stranger', 'NONE'] });
  });

  it('refuses a milestone that does not exist and creates nothing', async () => {
    const { f } = fake();
    const res = await call(f, 'POST', '/repos/acme/app/issues', { title: 'x', milestone: 7 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { resource: 'Issue', code: 'invalid', field: 'milestone', value: 7 },
    ]);
    expect(f.state.issues('acme/app')).toEqual([]);
  });

  it('refuses fields of the wrong type and ignores fields it does not know', async () => {
    const { f } = fake();
    const wrong = [{ title: true }, { title: 'x', milestone: 'one' }, { title: 'x', body: 5 }];
    for (const body of wrong) {
      expect((await call(f, 'POST', '/repos/acme/app/issues', body)).status).toBe(422);
    }
    const ok = await call(f, 'POST', '/repos/acme/app/issues', { title: 'x', flavour: 'mint' });
    expect(ok.status).toBe(201);
    expect(ok.body).not.toHaveProperty('flavour');
  });

  it('answers malformed JSON with 400', async () => {
    const { f } = fake();
    const res = await f.handle(
      new Request('https://api.github.com/repos/acme/app/issues', {
        method: 'POST',
        headers: { authorization: 'token test-token' },
        body: '{"title":',
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });

  it('patches title, body, labels and milestone, and moves updated_at forward', async () => {
    const { f } = fake();
    const m = f.state.seedMilestone('acme/app', { title: 'Phase 1' });
    const before = f.state.seedIssue('acme/app', { title: 'old', labels: ['a', 'b'] });
    const createdAt = before.updated_at;
    const res = await call(f, 'PATCH', '/repos/acme/app/issues/1', {
      title: 'new',
      body: 'text',
      labels: ['c'],
      milestone: m.number,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'new', body: 'text', milestone: { number: 1 } });
    expect(res.body.labels.map((l: any) => l.name)).toEqual(['c']);
    expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(createdAt));
    expect(res.body.created_at).toBe(createdAt);

    const cleared = await call(f, 'PATCH', '/repos/acme/app/issues/1', { milestone: null });
    expect(cleared.body.milestone).toBeNull();
  });

  it('closes as completed by default, as not planned on request, and reopens', async () => {
    const { f } = fake();
    f.state.seedIssue('acme/app', { title: 'a' });
    f.state.seedIssue('acme/app', { title: 'b' });
    const done = await call(f, 'PATCH', '/repos/acme/app/issues/1', { state: 'closed' });
    expect(done.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(done.body.closed_at).not.toBeNull();
    const dropped = await call(f, 'PATCH', '/repos/acme/app/issues/2', {
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(dropped.body.state_reason).toBe('not_planned');
    const reopened = await call(f, 'PATCH', '/repos/acme/app/issues/1', { state: 'open' });
    expect(reopened.body).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
    });
    const bad = await call(f, 'PATCH', '/repos/acme/app/issues/2', { state: 'finished' });
    expect(bad.status).toBe(422);
  });

  it('answers 404 for an unknown repository, issue or path', async () => {
    const { f } = fake();
    for (const path of ['/repos/acme/nope', '/repos/acme/app/issues/99', '/repos/acme/app/wiki']) {
      const res = await call(f, 'GET', path);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ message: 'Not Found' });
    }
  });
});

describe('labels and milestones', () => {
  it('refuses a duplicate label name regardless of case', async () => {
    const { f } = fake();
    expect((await call(f, 'POST', '/repos/acme/app/labels', { name: 'Bug' })).status).toBe(201);
    const dup = await call(f, 'POST', '/repos/acme/app/labels', { name: 'bug', color: 'ff0000' });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  });

  it('adds labels to an issue and removes one by name', async () => {
    const { f } = fake();
    f.state.seedIssue('acme/app', { title: 'x', labels: ['a'] });
    const added = await call(f, 'POST', '/repos/acme/app/issues/1/labels', { labels: ['b', 'A'] });
    expect(added.body.map((l: any) => l.name)).toEqual(['a', 'b']);
    const removed = await call(f, 'DELETE', '/repos/acme/app/issues/1/labels/a');
    expect(removed.body.map((l: any) => l.name)).toEqual(['b']);
    const missing = await call(f, 'DELETE', '/repos/acme/app/issues/1/labels/a');
    expect(missing.status).toBe(404);
  });

  it('refuses a duplicate milestone title and a milestone without a title', async () => {
    const { f } = fake();
    const first = await call(f, 'POST', '/repos/acme/app/milestones', { title: 'Phase 1' });
    expect(first.body.html_url).toBe('https://github.com/acme/app/milestone/1');
    const dup = await call(f, 'POST', '/repos/acme/app/milestones', { title: 'Phase 1' });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([
      { resource: 'Milestone', code: 'already_exists', field: 'title' },
    ]);
    const untitled = await call(f, 'POST', '/repos/acme/app/milestones', { description: 'd' });
    expect(untitled.body.errors).toEqual([
      { resource: 'Milestone', code: 'missing_field', field: 'title' },
    ]);
    expect(f.state.milestones('acme/app')).toHaveLength(1);
  });

  it('counts open and closed issues on a milestone and closes it by PATCH', async () => {
    const { f } = fake();
    const m = f.state.seedMilestone('acme/app', { title: 'Phase 1' });
    f.state.seedIssue('acme/app', { title: 'a', milestone: m.number });
    f.state.seedIssue('acme/app', { title: 'b', milestone: m.number, state: 'closed' });
    const closed = await call(f, 'PATCH', '/repos/acme/app/milestones/1', { state: 'closed' });
    expect(closed.body).toMatchObject({ state: 'closed', open_issues: 1, closed_issues: 1 });
    expect((await call(f, 'GET', '/repos/acme/app/milestones')).body).toEqual([]);
    const all = await call(f, 'GET', '/repos/acme/app/milestones?state=all');
    expect(all.body.map((x: any) => x.title)).toEqual(['Phase 1']);
  });
});

describe('comments, sub-issues and dependencies', () => {
  it('adds comments and counts them on the issue', async () => {
    const { f } = fake();
    f.state.seedIssue('acme/app', { title: 'x' });
    const c = await call(f, 'POST', '/repos/acme/app/issues/1/comments', { body: 'Removed.' });
    expect(c.status).toBe(201);
    expect(c.body.html_url).toBe(`https://github.com/acme/app/issues/1#issuecomment-${c.body.id}`);
    expect((await call(f, 'GET', '/repos/acme/app/issues/1')).body.comments).toBe(1);
    const list = await call(f, 'GET', '/repos/acme/app/issues/1/comments');
    expect(list.body.map((x: any) => x.body)).toEqual(['Removed.']);
  });

  it('links a sub-issue by database id and refuses a second parent', async () => {
    const { f } = fake();
    const [p1, p2, child] = ['Phase 1', 'Phase 2', 'T001'].map((title) =>
      f.state.seedIssue('acme/app', { title }),
    );
    const added = await call(f, 'POST', '/repos/acme/app/issues/1/sub_issues', {
      sub_issue_id: child!.id,
    });
    expect(added.status).toBe(201);
    expect(added.body.sub_issues_summary.total).toBe(1);
    const listed = await call(f, 'GET', '/repos/acme/app/issues/1/sub_issues');
    expect(listed.body.map((i: any) => i.number)).toEqual([child!.number]);

    const second = await call(f, 'POST', `/repos/acme/app/issues/${p2!.number}/sub_issues`, {
      sub_issue_id: child!.id,
    });
    expect(second.status).toBe(422);
    expect(f.state.subIssues(p1!).map((i) => i.title)).toEqual(['T001']);
    expect(f.state.subIssues(p2!)).toEqual([]);
  });

  it('refuses an issue number where a database id is expected', async () => {
    const { f } = fake();
    f.state.seedIssue('acme/app', { title: 'a' });
    f.state.seedIssue('acme/app', { title: 'b' });
    const byNumber = await call(f, 'POST', '/repos/acme/app/issues/2/dependencies/blocked_by', {
      issue_id: 1,
    });
    expect(byNumber.status).toBe(422);
    const subByNumber = await call(f, 'POST', '/repos/acme/app/issues/2/sub_issues', {
      sub_issue_id: 1,
    });
    expect(subByNumber.status).toBe(422);
  });

  it('records, lists and removes a blocked-by dependency', async () => {
    const { f } = fake();
    const blocker = f.state.seedIssue('acme/app', { title: 'T001' });
    const blocked = f.state.seedIssue('acme/app', { title: 'T002' });
    const added = await call(f, 'POST', '/repos/acme/app/issues/2/dependencies/blocked_by', {
      issue_id: blocker.id,
    });
    expect(added.status).toBe(201);
    expect(added.body.issue_dependencies_summary).toMatchObject({ blocked_by: 1 });
    const list = await call(f, 'GET', '/repos/acme/app/issues/2/dependencies/blocked_by');
    expect(list.body.map((i: any) => i.title)).toEqual(['T001']);
    const removed = await call(
      f,
      'DELETE',
      `/repos/acme/app/issues/2/dependencies/blocked_by/${blocker.id}`,
    );
    expect(removed.status).toBe(200);
    expect(f.state.blockedBy(blocked)).toEqual([]);
  });
});
