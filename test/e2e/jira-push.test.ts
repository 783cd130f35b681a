import { afterEach, describe, expect, it } from 'vitest';
import {
  jiraFixture,
  linkedKeys,
  PLAN,
  smallFeature,
  TASKS,
  withoutLinks,
  type JiraFixture,
} from './jira-fixture.js';

let jira: JiraFixture | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

describe('plansync push against Jira Cloud over HTTP', { timeout: 60_000 }, () => {
  it('previews with --dry-run reading only, then creates epics, issues under them and links, writing every link', async () => {
    jira = await jiraFixture();
    const planBefore = await jira.ws.read(PLAN);
    const tasksBefore = await jira.ws.read(TASKS);

    const dry = await jira.push(['--dry-run', 'specs/001-demo']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Plan: 23 to create');
    expect(jira.writesSince(0)).toEqual([]);
    expect(await jira.ws.read(TASKS)).toBe(tasksBefore);

    const result = await jira.push();
    expect(result.code).toBe(0);
    expect(jira.epics().map((e) => e.summary)).toEqual([
      '001-demo · Phase 1: Setup & Foundation',
      '001-demo · Phase 2: Invitations API',
      '001-demo · Phase 3: Polish & Rollout',
    ]);
    const tasks = jira.tasks();
    expect(tasks).toHaveLength(20);
    const { state } = jira.server.fake;
    // Every task sits under its phase's epic and carries plansync's label and its tags.
    expect(tasks.every((t) => t.parentId !== null && t.labels.includes('plansync'))).toBe(true);
    const byId = new Map(tasks.map((t) => [t.summary.slice(0, 4), t]));
    expect(byId.get('T002')!.labels).toContain('parallel');
    expect(state.issue(byId.get('T001')!.parentId!)!.summary).toMatch(/Phase 1/);
    // T004 depends on T002: T002 blocks T004, read the way Jira shows it.
    expect(state.blockedBy(byId.get('T004')!)).toEqual([byId.get('T002')!.key]);
    expect(state.blocks(byId.get('T002')!)).toContain(byId.get('T004')!.key);

    const written = await jira.ws.read(TASKS);
    const links = linkedKeys(written);
    expect(links.size).toBe(20);
    for (const [id, key] of links)
      expect(state.issue(key)!.summary.startsWith(`${id} `)).toBe(true);
    expect(written).toContain(
      `[${byId.get('T001')!.key}](${jira.server.url}/browse/${byId.get('T001')!.key})`,
    );
    const plan = await jira.ws.read(PLAN);
    expect(plan).toContain(`(${jira.server.url}/browse/PLAN-1)`);
    expect(withoutLinks(plan)).toBe(planBefore);
    expect(withoutLinks(written)).toBe(tasksBefore);
  });

  it('creates 15 tasks in 3 phases with 2 done in at most 9 requests, then a no-op push only reads', async () => {
    jira = await jiraFixture();
    const feature = smallFeature(3, 5, [2, 9]);
    await jira.ws.write('specs/001-demo/plan.md', feature.plan);
    await jira.ws.write('specs/001-demo/tasks.md', feature.tasks);

    const first = await jira.push();
    expect(first.code).toBe(0);
    const sent = jira.since(0);
    expect(sent.filter((r) => r.endsWith('/issue/bulk'))).toHaveLength(2);
    expect(sent.filter((r) => r.startsWith('POST') && r.endsWith('/transitions'))).toHaveLength(2);
    expect(sent.length).toBeLessThanOrEqual(9);
    const done = jira
      .tasks()
      .filter((t) => jira!.server.fake.state.statusOf(t).category === 'done');
    expect(done.map((t) => t.summary.slice(0, 4))).toEqual(['T002', 'T009']);

    const tasksFile = await jira.ws.read(TASKS);
    const mtime = await jira.ws.mtime(TASKS);
    const mark = jira.mark();
    const again = await jira.push();
    expect(again.stdout).toContain('No changes.');
    expect(jira.writesSince(mark)).toEqual([]);
    // ⌈15/100⌉ + ⌈3/100⌉ + 3
    expect(jira.since(mark).length).toBeLessThanOrEqual(5);
    expect(await jira.ws.read(TASKS)).toBe(tasksFile);
    expect(await jira.ws.mtime(TASKS)).toBe(mtime);
  });

  it('edits a title with one write, moves a checked task to done and a removed one to done with a comment', async () => {
    jira = await jiraFixture();
    await jira.push();
    const text = await jira.ws.read(TASKS);
    const t1 = linkedKeys(text).get('T001')!;
    const t8 = linkedKeys(text).get('T008')!;
    const t9 = linkedKeys(text).get('T009')!;

    let mark = jira.mark();
    await jira.ws.write(
      TASKS,
      text.replace('T001 Create the `invitations`', 'T001 Create the `invites`'),
    );
    expect((await jira.push()).code).toBe(0);
    expect(jira.writesSince(mark)).toEqual([`PUT /rest/api/3/issue/${t1}`]);
    expect(jira.server.fake.state.issue(t1)!.summary).toBe(
      'T001 Create the `invites` table migration in `db/migrations/`',
    );

    mark = jira.mark();
    const edited = await jira.ws.read(TASKS);
    await jira.ws.write(
      TASKS,
      edited
        .replace('- [ ] T008', '- [x] T008')
        .split('\n')
        .filter((line) => !line.includes(' T009 '))
        .join('\n'),
    );
    const result = await jira.push();
    expect(result.code).toBe(0);
    const { state } = jira.server.fake;
    expect(state.statusOf(state.issue(t8)!).category).toBe('done');
    expect(state.statusOf(state.issue(t9)!).category).toBe('done');
    const comments = state.comments(state.issue(t9)!);
    expect(JSON.stringify(comments.map((c) => c.body))).toMatch(/plan/i);
    expect(jira.writesSince(mark).filter((w) => w.endsWith('/transitions'))).toHaveLength(2);
  });

  it('keeps a summary a person changed in Jira, reports drift, and overwrites it with --force', async () => {
    jira = await jiraFixture();
    await jira.push();
    const key = linkedKeys(await jira.ws.read(TASKS)).get('T003')!;
    const issue = jira.server.fake.state.issue(key)!;
    issue.summary = 'T003 Renamed by a person';
    jira.server.fake.state.touch(issue);

    const mark = jira.mark();
    const kept = await jira.push();
    expect(kept.stdout).toMatch(/T003/);
    expect(kept.stdout).toMatch(/drift/i);
    expect(jira.writesSince(mark)).toEqual([]);
    expect(issue.summary).toBe('T003 Renamed by a person');

    const forced = await jira.push(['--force', 'specs/001-demo']);
    expect(forced.code).toBe(0);
    expect(issue.summary).toBe('T003 Configure the email transport in `src/mail/transport.ts`');
  });

  it('never modifies an issue plansync did not create', async () => {
    jira = await jiraFixture();
    const foreign = jira.server.fake.state.seedIssue('PLAN', {
      summary: 'T001 Create the `invitations` table migration in `db/migrations/`',
      labels: ['plansync'],
    });
    await jira.push();
    expect(foreign.summary).toBe(
      'T001 Create the `invitations` table migration in `db/migrations/`',
    );
    expect(jira.server.fake.requests.some((r) => r.write && r.path.includes(foreign.key))).toBe(
      false,
    );
    expect(jira.tasks()).toHaveLength(21);
  });
});

describe('plansync push against Jira Data Center over HTTP', { timeout: 60_000 }, () => {
  it('uses only REST v2, wiki markup and the Epic Link field', async () => {
    jira = await jiraFixture({ mode: 'datacenter' });
    const result = await jira.push();
    expect(result.code).toBe(0);
    expect(jira.server.fake.requests.every((r) => r.path.startsWith('/rest/api/2/'))).toBe(true);
    const tasks = jira.tasks();
    expect(tasks).toHaveLength(20);
    expect(tasks.every((t) => typeof t.epicLink === 'string' && t.parentId === null)).toBe(true);
    expect(tasks.every((t) => typeof t.description === 'string')).toBe(true);
    expect(jira.epics().every((e) => e.epicName === e.summary)).toBe(true);
    expect(linkedKeys(await jira.ws.read(TASKS)).size).toBe(20);
  });
});
