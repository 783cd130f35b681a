import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  githubFixture,
  type GitHubFixture,
  linkedIssues,
  PLAN,
  REPO,
  TASKS,
  withoutLinks,
} from './github-fixture.js';

let gh: GitHubFixture;
beforeEach(async () => {
  gh = await githubFixture();
});
afterEach(async () => {
  await gh.close();
});

describe('plansync push against GitHub over HTTP', () => {
  it('creates exactly the milestones and issues, links every task, and changes only link bytes', async () => {
    const tasksBefore = await gh.ws.read(TASKS);
    const planBefore = await gh.ws.read(PLAN);

    const result = await gh.push();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Applied: 23 created, 0 updated, 0 closed.');
    const milestones = gh.server.fake.state.milestones(REPO);
    expect(milestones.map((m) => m.title)).toEqual([
      '001-demo · Phase 1: Setup & Foundation',
      '001-demo · Phase 2: Invitations API',
      '001-demo · Phase 3: Polish & Rollout',
    ]);
    const issues = gh.issues();
    expect(issues).toHaveLength(20);
    // Serial creates: issue numbers follow the plan.
    expect(issues.map((i) => i.title.slice(0, 4))).toEqual(
      Array.from({ length: 20 }, (_, i) => `T${String(i + 1).padStart(3, '0')}`),
    );
    expect(issues[1]!.title).toBe('T002 Add the Invitation model in `src/models/invitation.ts`');
    expect(gh.server.fake.state.labelNames(issues[1]!)).toEqual(['parallel']);
    expect(issues[1]!.milestone).toBe(milestones[0]!.number);
    // T004 depends on T002: a "blocked by" dependency on T002's database id.
    expect(gh.server.fake.state.blockedBy(issues[3]!).map((i) => i.number)).toEqual([2]);

    const tasksAfter = await gh.ws.read(TASKS);
    const planAfter = await gh.ws.read(PLAN);
    const links = linkedIssues(tasksAfter);
    expect(links.size).toBe(20);
    for (const [id, number] of links) {
      expect(gh.server.fake.state.issue(REPO, number)!.title.startsWith(`${id} `)).toBe(true);
    }
    expect(planAfter).toContain(
      '- Milestone: [001-demo · Phase 2: Invitations API](https://github.com/acme/app/milestone/2)',
    );
    expect(planAfter).toMatch(
      /^- Issues: \[#15\]\(https:\/\/github\.com\/acme\/app\/issues\/15\), /m,
    );
    expect(withoutLinks(tasksAfter)).toBe(tasksBefore);
    expect(withoutLinks(planAfter)).toBe(planBefore);
  });

  it('makes zero write requests on a second push and leaves the files byte- and mtime-identical', async () => {
    await gh.push();
    const bytes = [await gh.ws.read(TASKS), await gh.ws.read(PLAN)];
    const mtimes = [await gh.ws.mtime(TASKS), await gh.ws.mtime(PLAN)];
    const mark = gh.mark();

    const again = await gh.push();

    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
    expect(gh.writesSince(mark)).toEqual([]);
    // verify + one page of milestones + one page of issues.
    expect(gh.server.fake.requests.length - mark).toBe(3);
    expect([await gh.ws.read(TASKS), await gh.ws.read(PLAN)]).toEqual(bytes);
    expect([await gh.ws.mtime(TASKS), await gh.ws.mtime(PLAN)]).toEqual(mtimes);
  });

  it('previews with --dry-run and writes nothing, remote or local', async () => {
    const before = await gh.ws.read(TASKS);
    const mtime = await gh.ws.mtime(TASKS);
    const mark = gh.mark();

    const result = await gh.push(['--dry-run', 'specs/001-demo']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+ T001 Create the `invitations` table migration');
    // Every write is listed, the labels the first issues will create included.
    expect(result.stdout).toContain(
      'Labels to create:\n  + label parallel\n  + label US1\n  + label US2\n  + label US3\n  + label US4\n',
    );
    expect(result.stdout).toContain(
      'Plan: 23 to create, 0 to update, 0 to close, 0 conflicts, 5 labels to create.',
    );
    expect(gh.writesSince(mark)).toEqual([]);
    expect(gh.issues()).toHaveLength(0);
    expect(await gh.ws.read(TASKS)).toBe(before);
    expect(await gh.ws.mtime(TASKS)).toBe(mtime);
  });

  it('lists in its JSON preview every write the push then makes', async () => {
    const preview = JSON.parse(
      (await gh.push(['--dry-run', '--json', 'specs/001-demo'])).stdout,
    ) as {
      features: {
        operations: { op: string; then?: string[]; fields?: { dependsOn: string[] } }[];
      }[];
      labelsToCreate: string[];
    };
    let listed = preview.labelsToCreate.length;
    for (const op of preview.features.flatMap((f) => f.operations)) {
      if (!['create', 'update', 'close', 'reopen'].includes(op.op)) continue;
      listed += 1;
      for (const step of op.then ?? []) {
        // GitHub sets each dependency with its own request.
        listed += step === 'relate' ? (op.fields?.dependsOn.length ?? 0) : 1;
      }
    }
    const mark = gh.mark();
    expect((await gh.push()).code).toBe(0);
    expect(gh.writesSince(mark)).toHaveLength(listed);
  });

  it('lists only the labels the repository lacks, and none on a no-op preview', async () => {
    await gh.push();
    const labelsMade = gh.writesSince(0).filter((w) => w.path.endsWith('/labels'));
    expect(labelsMade).toHaveLength(5);

    const unchanged = await gh.push(['--dry-run', 'specs/001-demo']);
    expect(unchanged.stdout).not.toContain('Labels to create');
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(TASKS, tasks.replace('T005 ', 'T005 [US9] '));
    const mark = gh.mark();

    const result = await gh.push(['--dry-run', '--json', 'specs/001-demo']);
    const preview = JSON.parse(result.stdout) as { labelsToCreate: string[] };
    expect(preview.labelsToCreate).toEqual(['US9']);
    expect(gh.writesSince(mark)).toEqual([]);
  });

  it('makes exactly one write when one task title is edited', async () => {
    await gh.push();
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(TASKS, tasks.replace('Seed data for local development', 'Seed demo data'));
    const mark = gh.mark();

    const result = await gh.push();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('~ T005');
    expect(gh.writesSince(mark)).toEqual([{ method: 'PATCH', path: '/repos/acme/app/issues/5' }]);
    expect(gh.server.fake.state.issue(REPO, 5)!.title).toBe('T005 Seed demo data');
  });

  it('closes the issue of a checked task as completed, and reopens it when unchecked', async () => {
    await gh.push();
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(TASKS, tasks.replace('- [ ] T009', '- [x] T009'));
    let mark = gh.mark();

    expect((await gh.push()).code).toBe(0);
    expect(gh.writesSince(mark)).toEqual([{ method: 'PATCH', path: '/repos/acme/app/issues/9' }]);
    expect(gh.server.fake.state.issue(REPO, 9)).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
    });

    await gh.ws.write(TASKS, (await gh.ws.read(TASKS)).replace('- [x] T009', '- [ ] T009'));
    mark = gh.mark();
    expect((await gh.push()).code).toBe(0);
    expect(gh.writesSince(mark)).toHaveLength(1);
    expect(gh.server.fake.state.issue(REPO, 9)).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
    });
  });

  it('closes the issue of a deleted task with a comment', async () => {
    await gh.push();
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(TASKS, tasks.replace(/^- \[ \] T020 .*\n/m, ''));
    await gh.ws.write(PLAN, (await gh.ws.read(PLAN)).replace('T015..T020', 'T015..T019'));

    const result = await gh.push();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- T020');
    const issue = gh.server.fake.state.issue(REPO, 20)!;
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(gh.server.fake.state.comments(issue).map((c) => c.body)).toEqual([
      'Task T020 is no longer in the plan, so plansync closed this issue.',
    ]);
    expect(await gh.ws.read(PLAN)).not.toContain('issues/20)');
    expect(gh.issues().filter((i) => i.state === 'open')).toHaveLength(19);
  });

  it('leaves a title a person changed on GitHub, reports drift, and overwrites it with --force', async () => {
    await gh.push();
    gh.server.fake.state.issue(REPO, 3)!.title = 'Email transport (SES, decided in standup)';
    const mark = gh.mark();

    const result = await gh.push();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('? T003');
    expect(result.stdout).toContain('drift: title');
    expect(gh.writesSince(mark)).toEqual([]);
    expect(gh.server.fake.state.issue(REPO, 3)!.title).toBe(
      'Email transport (SES, decided in standup)',
    );

    const forced = await gh.push(['--force', 'specs/001-demo']);
    expect(forced.code).toBe(0);
    expect(gh.server.fake.state.issue(REPO, 3)!.title).toBe(
      'T003 Configure the email transport in `src/mail/transport.ts`',
    );
  });

  it('keeps text people write outside the plansync region of an issue body', async () => {
    await gh.push();
    const issue = gh.server.fake.state.issue(REPO, 7)!;
    issue.body = `Notes from standup: use the v2 mailer.\n\n${issue.body}\n\nFollow-up in #42.`;
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(
      TASKS,
      tasks.replace('creates an invitation and sends the email', 'creates an invitation'),
    );

    expect((await gh.push()).code).toBe(0);

    const body = gh.server.fake.state.issue(REPO, 7)!.body!;
    expect(body.startsWith('Notes from standup: use the v2 mailer.\n\n')).toBe(true);
    expect(body.endsWith('\n\nFollow-up in #42.')).toBe(true);
    expect(body).toContain('POST /invitations creates an invitation\n');
    expect(body).toContain('- **Depends on:** T004, T006');
  });

  it('never modifies an issue plansync did not create, even with the same title', async () => {
    const mine = gh.server.fake.state.seedIssue(REPO, {
      title: 'T001 Create the `invitations` table migration in `db/migrations/`',
      body: 'Filed by hand.',
    });

    expect((await gh.push()).code).toBe(0);

    expect(gh.server.fake.state.issue(REPO, mine.number)).toMatchObject({
      body: 'Filed by hand.',
      state: 'open',
    });
    expect(gh.issues()).toHaveLength(21);
    expect(linkedIssues(await gh.ws.read(TASKS)).get('T001')).not.toBe(mine.number);
  });

  it('accepts several feature folders and files in one run', async () => {
    const plan = await gh.ws.read(PLAN);
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write('specs/002-other/plan.md', plan.replace('001-demo', '002-other'));
    await gh.ws.write('specs/002-other/tasks.md', tasks);

    const result = await gh.push([
      'specs/001-demo',
      'specs/002-other/tasks.md',
      'specs/002-other/plan.md',
    ]);

    expect(result.code).toBe(0);
    expect(gh.issues()).toHaveLength(40);
    expect(gh.server.fake.state.milestones(REPO)).toHaveLength(6);
    expect(linkedIssues(await gh.ws.read('specs/002-other/tasks.md')).size).toBe(20);
  });
});
