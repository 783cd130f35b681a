import { describe, expect, it } from 'vitest';
import { call } from './call.js';
import { createJiraFake } from './handler.js';

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const task = (summary: string, extra: Record<string, unknown> = {}) => ({
  fields: { project: { key: 'PLAN' }, issuetype: { name: 'Task' }, summary, ...extra },
});

describe('creating issues', () => {
  it('numbers issues from the project’s key sequence and answers id, key and self', async () => {
    const fake = createJiraFake();
    const res = await call(fake, 'POST', '/issue', task('T001', { description: adf('Hi') }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: '10001',
      key: 'PLAN-1',
      self: 'https://plansync.atlassian.net/rest/api/3/issue/10001',
    });
    expect((await call(fake, 'POST', '/issue', task('T002'))).body.key).toBe('PLAN-2');
  });

  it('keeps properties sent inside the create request, readable by key at once', async () => {
    const fake = createJiraFake();
    await call(fake, 'POST', '/issue', {
      ...task('T001'),
      properties: [{ key: 'plansync', value: { key: '001-demo/T001', hash: 'abc' } }],
    });
    const res = await call(fake, 'GET', '/issue/PLAN-1/properties/plansync');
    expect(res.body).toEqual({ key: 'plansync', value: { key: '001-demo/T001', hash: 'abc' } });
    expect(fake.counts().writes).toBe(1);
    expect((await call(fake, 'GET', '/issue/PLAN-1/properties/other')).status).toBe(404);
  });

  it('creates what it can of a bulk and names each failed element by its index', async () => {
    const fake = createJiraFake();
    const res = await call(fake, 'POST', '/issue/bulk', {
      issueUpdates: [task('T001'), task('T002', { labels: ['two words'] }), task('T003')],
    });
    expect(res.status).toBe(201);
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(['PLAN-1', 'PLAN-2']);
    expect(res.body.errors).toEqual([
      {
        status: 400,
        elementErrors: {
          errorMessages: [],
          errors: { labels: "The label 'two words' contains spaces which is invalid." },
          status: 400,
        },
        failedElementNumber: 1,
      },
    ]);
    expect(fake.state.issues().map((i) => i.summary)).toEqual(['T001', 'T003']);
  });

  it('refuses a bulk of more than 50 and answers 400 when every element fails', async () => {
    const fake = createJiraFake();
    const tooMany = Array.from({ length: 51 }, (_, i) => task(`T${i}`));
    expect((await call(fake, 'POST', '/issue/bulk', { issueUpdates: tooMany })).status).toBe(400);
    const none = await call(fake, 'POST', '/issue/bulk', { issueUpdates: [task('')] });
    expect(none.status).toBe(400);
    expect(none.body.errors[0].elementErrors.errors.summary).toMatch(/summary/);
    expect(fake.state.issues()).toEqual([]);
  });

  it('takes ADF descriptions and parent epics on Cloud', async () => {
    const fake = createJiraFake();
    const epic = await call(fake, 'POST', '/issue', {
      fields: { project: { key: 'PLAN' }, issuetype: { name: 'Epic' }, summary: 'Phase 1' },
    });
    const wiki = await call(fake, 'POST', '/issue', task('T001', { description: 'h1. Hi' }));
    expect(wiki.body.errors.description).toMatch(/Atlassian Document/);
    const child = await call(
      fake,
      'POST',
      '/issue',
      task('T001', { parent: { key: epic.body.key } }),
    );
    expect(child.status).toBe(201);
    const read = await call(fake, 'GET', `/issue/${child.body.key}?fields=parent,issuetype`);
    expect(read.body.fields.parent.key).toBe('PLAN-1');
    expect(read.body.fields.issuetype.name).toBe('Task');
  });

  it('takes wiki strings, Epic Name and Epic Link on Data Center, and refuses parent', async () => {
    const fake = createJiraFake({ mode: 'datacenter' });
    const fields = (await call(fake, 'GET', '/field')).body as { id: string; name: string }[];
    expect(fields.filter((f) => f.name.startsWith('Epic')).map((f) => [f.name, f.id])).toEqual([
      ['Epic Link', 'customfield_10014'],
      ['Epic Name', 'customfield_10011'],
    ]);
    const epicFields = {
      project: { key: 'PLAN' },
      issuetype: { name: 'Epic' },
      summary: 'Phase 1',
    };
    const nameless = await call(fake, 'POST', '/issue', { fields: epicFields });
    expect(nameless.body.errors).toEqual({ customfield_10011: 'Epic Name is required.' });
    const epic = await call(fake, 'POST', '/issue', {
      fields: { ...epicFields, customfield_10011: 'Phase 1', description: 'h2. Goal' },
    });
    expect(epic.status).toBe(201);
    const viaParent = await call(
      fake,
      'POST',
      '/issue',
      task('T001', { parent: { key: 'PLAN-1' } }),
    );
    expect(viaParent.status).toBe(400);
    const linked = await call(
      fake,
      'POST',
      '/issue',
      task('T001', { customfield_10014: 'PLAN-1' }),
    );
    const read = await call(fake, 'GET', `/issue/${linked.body.key}`);
    expect(read.body.fields.customfield_10014).toBe('PLAN-1');
    expect(read.body.self).toMatch(/\/rest\/api\/2\/issue\//);
  });

  it('edits fields and labels, keeping properties, with 204', async () => {
    const fake = createJiraFake();
    fake.state.seedIssue('PLAN', { summary: 'Old', labels: ['a'], properties: { p: 1 } });
    const res = await call(fake, 'PUT', '/issue/PLAN-1', {
      fields: { summary: 'New' },
      update: { labels: [{ add: 'b' }, { remove: 'a' }] },
    });
    expect(res.status).toBe(204);
    const issue = fake.state.issue('PLAN-1')!;
    expect([issue.summary, issue.labels, issue.properties]).toEqual(['New', ['b'], { p: 1 }]);
  });

  it('creates fix versions and refuses a second with the same name', async () => {
    const fake = createJiraFake();
    const first = await call(fake, 'POST', '/version', { name: 'Phase 1', projectId: 10000 });
    expect(first.status).toBe(201);
    const again = await call(fake, 'POST', '/version', { name: 'phase 1', projectId: 10000 });
    expect(again.body.errors.name).toMatch(/already exists/);
    await call(fake, 'POST', '/issue', task('T001', { fixVersions: [{ id: first.body.id }] }));
    const listed = await call(fake, 'GET', '/project/PLAN/versions');
    expect(listed.body.map((v: { name: string }) => v.name)).toEqual(['Phase 1']);
    expect(fake.state.issue('PLAN-1')!.fixVersionIds).toEqual([first.body.id]);
  });
});

describe('transitions', () => {
  it('lists the transitions per issue type and moves to done with the comment sent along', async () => {
    const fake = createJiraFake();
    fake.state.seedIssue('PLAN', { summary: 'T001' });
    fake.state.seedIssue('PLAN', { summary: 'Phase', issueType: 'Epic' });
    const listed = await call(fake, 'GET', '/issue/PLAN-1/transitions');
    const done = listed.body.transitions.find(
      (t: { to: { statusCategory: { key: string } } }) => t.to.statusCategory.key === 'done',
    );
    const epicDone = (await call(fake, 'GET', '/issue/PLAN-2/transitions')).body.transitions.find(
      (t: { name: string }) => t.name === 'Done',
    );
    expect(epicDone.id).not.toBe(done.id);

    const res = await call(fake, 'POST', '/issue/PLAN-1/transitions', {
      transition: { id: done.id },
      update: { comment: [{ add: { body: adf('Removed from the plan.') } }] },
    });
    expect(res.status).toBe(204);
    const issue = fake.state.issue('PLAN-1')!;
    expect(fake.state.statusOf(issue).category).toBe('done');
    expect(issue.resolution).toBe('Done');
    expect(fake.state.comments(issue).map((c) => c.body)).toEqual([adf('Removed from the plan.')]);

    const wrong = await call(fake, 'POST', '/issue/PLAN-1/transitions', {
      transition: { id: done.id },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errorMessages[0]).toMatch(/not valid for this issue/);
  });

  it('applies fields sent with a transition', async () => {
    const fake = createJiraFake();
    fake.state.seedIssue('PLAN', { summary: 'T001', status: 'Done' });
    const back = (await call(fake, 'GET', '/issue/PLAN-1/transitions')).body.transitions.find(
      (t: { to: { statusCategory: { key: string } } }) => t.to.statusCategory.key === 'new',
    );
    await call(fake, 'POST', '/issue/PLAN-1/transitions', {
      transition: { id: back.id },
      fields: { labels: ['reopened'] },
    });
    const issue = fake.state.issue('PLAN-1')!;
    expect([fake.state.statusOf(issue).name, issue.resolution, issue.labels]).toEqual([
      'To Do',
      null,
      ['reopened'],
    ]);
  });
});

describe('issue links', () => {
  it('makes the inwardIssue of the request the blocker, as Jira’s issue view reads it', async () => {
    const fake = createJiraFake();
    fake.state.seedIssue('PLAN', { summary: 'T003 blocker' });
    fake.state.seedIssue('PLAN', { summary: 'T005 depends on T003' });
    const res = await call(fake, 'POST', '/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: 'PLAN-1' },
      outwardIssue: { key: 'PLAN-2' },
    });
    expect(res.status).toBe(201);
    expect(fake.state.blocks(fake.state.issue('PLAN-1')!)).toEqual(['PLAN-2']);

    // The dependent shows the blocker under inwardIssue, labelled "is blocked by".
    const dependent = await call(fake, 'GET', '/issue/PLAN-2?fields=issuelinks');
    const [link] = dependent.body.fields.issuelinks;
    expect(link.type.inward).toBe('is blocked by');
    expect(link.inwardIssue.key).toBe('PLAN-1');
    const blocker = await call(fake, 'GET', '/issue/PLAN-1?fields=issuelinks');
    expect(blocker.body.fields.issuelinks[0].outwardIssue.key).toBe('PLAN-2');

    // Sending the same link again does not add a second one.
    await call(fake, 'POST', '/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: 'PLAN-1' },
      outwardIssue: { key: 'PLAN-2' },
    });
    expect(fake.state.links()).toHaveLength(1);
  });
});
