import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedProject } from '../fakes/linear/seed.js';
import {
  linearFixture,
  linkedIssues,
  PLAN,
  TASKS,
  withoutLinks,
  type LinearFixture,
} from './linear-fixture.js';

let ln: LinearFixture;
beforeEach(async () => {
  ln = await linearFixture();
});
afterEach(async () => {
  await ln.close();
});

const E2E = 60_000;

describe('plansync push against Linear over HTTP', () => {
  it(
    'creates the project, milestones, issues, labels and relations, links every task, and changes only link bytes',
    async () => {
      const tasksBefore = await ln.ws.read(TASKS);
      const planBefore = await ln.ws.read(PLAN);
      const mark = ln.mark();

      const result = await ln.push();

      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Applied: 24 created, 0 updated, 0 closed.');
      const { state } = ln.server.fake;
      expect(state.projects.map((p) => p.name)).toEqual(['001-demo']);
      expect(state.milestones.map((m) => m.name)).toEqual([
        '001-demo · Phase 1: Setup & Foundation',
        '001-demo · Phase 2: Invitations API',
        '001-demo · Phase 3: Polish & Rollout',
      ]);
      const issues = ln.issues();
      expect(issues).toHaveLength(20);
      expect(issues.every((i) => i.projectId === state.projects[0]!.id)).toBe(true);
      const t002 = ln.issueOf('T002')!;
      expect(t002.title).toBe('T002 Add the Invitation model in `src/models/invitation.ts`');
      expect(t002.projectMilestoneId).toBe(state.milestones[0]!.id);
      expect(state.labels.filter((l) => t002.labelIds.includes(l.id)).map((l) => l.name)).toEqual([
        'parallel',
      ]);
      // T004 depends on T002: a `blocks` relation with T002 as the blocker.
      const blockersOf = (id: string) =>
        state.relations
          .filter((r) => r.type === 'blocks' && r.relatedIssueId === ln.issueOf(id)!.id)
          .map((r) => state.issues.find((i) => i.id === r.issueId)!.title.slice(0, 4))
          .sort();
      expect(blockersOf('T004')).toEqual(['T002']);
      expect(blockersOf('T006')).toEqual(['T002', 'T003']);
      // 20 tasks: one issueBatchCreate, dependencies or not.
      expect(ln.since(mark).filter((r) => r.operation === 'PlansyncCreateIssues')).toHaveLength(1);

      const tasksAfter = await ln.ws.read(TASKS);
      const planAfter = await ln.ws.read(PLAN);
      const links = linkedIssues(tasksAfter);
      expect(links.size).toBe(20);
      for (const [id, identifier] of links) {
        expect(state.issue(identifier)!.title.startsWith(`${id} `)).toBe(true);
      }
      expect(planAfter).toMatch(
        /^- Milestone: \[001-demo · Phase 2: Invitations API\]\(https:\/\/linear\.app\/acme\/project\/001-demo-[0-9a-f]{12}#/m,
      );
      expect(withoutLinks(tasksAfter)).toBe(tasksBefore);
      expect(withoutLinks(planAfter)).toBe(planBefore);
      expect(ln.server.fake.unmodelled).toEqual([]);
    },
    E2E,
  );

  it(
    'makes only reads on a second push, within the request budget, and leaves bytes and mtime alone',
    async () => {
      await ln.push();
      const bytes = [await ln.ws.read(TASKS), await ln.ws.read(PLAN)];
      const mtimes = [await ln.ws.mtime(TASKS), await ln.ws.mtime(PLAN)];
      const mark = ln.mark();

      const again = await ln.push();

      expect(again.code).toBe(0);
      expect(again.stdout).toContain('No changes.');
      const requests = ln.since(mark);
      expect(requests.filter((r) => r.write)).toEqual([]);
      // ⌈N/250⌉ + ⌈P/50⌉ + 3 for N = 20 tasks and P = 3 phases.
      expect(requests.length).toBeLessThanOrEqual(1 + 1 + 3);
      expect([await ln.ws.read(TASKS), await ln.ws.read(PLAN)]).toEqual(bytes);
      expect([await ln.ws.mtime(TASKS), await ln.ws.mtime(PLAN)]).toEqual(mtimes);
    },
    E2E,
  );

  it(
    'previews with --dry-run and sends only reads',
    async () => {
      const before = await ln.ws.read(TASKS);
      const result = await ln.push(['--dry-run', 'specs/001-demo']);

      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'Plan: 24 to create, 0 to update, 0 to close, 0 conflicts, 5 labels to create.',
      );
      // Linear keeps label names unique ignoring case: the team's labels are read, not written.
      expect(result.stdout).toContain('Labels to create:\n  + label parallel\n  + label US1\n');
      expect(ln.since(0).filter((r) => r.write)).toEqual([]);
      expect(ln.issues()).toHaveLength(0);
      expect(await ln.ws.read(TASKS)).toBe(before);
    },
    E2E,
  );

  it(
    'makes exactly one write when one task title is edited',
    async () => {
      await ln.push();
      const tasks = await ln.ws.read(TASKS);
      await ln.ws.write(TASKS, tasks.replace('Seed data for local development', 'Seed demo data'));
      const mark = ln.mark();

      const result = await ln.push();

      expect(result.code).toBe(0);
      expect(result.stdout).toContain('~ T005');
      expect(ln.since(mark).filter((r) => r.write)).toEqual([
        { operation: 'PlansyncUpdateIssue', write: true },
      ]);
      expect(ln.issueOf('T005')!.title).toBe('T005 Seed demo data');
    },
    E2E,
  );

  it(
    'moves a checked task to the completed state and a removed one to canceled with a comment',
    async () => {
      await ln.push();
      const tasks = await ln.ws.read(TASKS);
      await ln.ws.write(
        TASKS,
        tasks.replace('- [ ] T009', '- [x] T009').replace(/^- \[ \] T020 .*\n/m, ''),
      );
      await ln.ws.write(PLAN, (await ln.ws.read(PLAN)).replace('T015..T020', 'T015..T019'));

      const result = await ln.push();

      expect(result.code).toBe(0);
      expect(ln.stateTypeOf(ln.issueOf('T009')!)).toBe('completed');
      const removed = ln.issueOf('T020')!;
      expect(ln.stateTypeOf(removed)).toBe('canceled');
      expect(
        ln.server.fake.state.comments.filter((c) => c.issueId === removed.id).map((c) => c.body),
      ).toEqual(['Task T020 is no longer in the plan, so plansync closed this issue.']);
    },
    E2E,
  );

  it(
    'keeps a title a person changed on Linear, reports drift, and overwrites it with --force',
    async () => {
      await ln.push();
      ln.issueOf('T003')!.title = 'Email transport (SES, decided in standup)';
      const mark = ln.mark();

      const result = await ln.push();

      expect(result.code).toBe(0);
      expect(result.stdout).toContain('? T003');
      expect(result.stdout).toContain('drift: title');
      expect(ln.since(mark).filter((r) => r.write)).toEqual([]);
      expect(ln.server.fake.state.issue('ENG-3')!.title).toBe(
        'Email transport (SES, decided in standup)',
      );

      const forced = await ln.push(['--force', 'specs/001-demo']);
      expect(forced.code).toBe(0);
      expect(ln.server.fake.state.issue('ENG-3')!.title).toBe(
        'T003 Configure the email transport in `src/mail/transport.ts`',
      );
    },
    E2E,
  );

  it(
    'puts everything in the project linear.project names and creates no project',
    async () => {
      const existing = seedProject(ln.server.fake, 'Roadmap');
      const config = JSON.parse(await ln.ws.read('.planrc.json')) as { linear: object };
      await ln.ws.write(
        '.planrc.json',
        JSON.stringify({ ...config, linear: { ...config.linear, project: 'Roadmap' } }),
      );

      const result = await ln.push();

      expect(result.code).toBe(0);
      expect(ln.server.fake.state.projects.map((p) => p.name)).toEqual(['Roadmap']);
      expect(ln.issues().every((i) => i.projectId === existing.id)).toBe(true);
      expect(ln.server.fake.state.milestones.every((m) => m.projectId === existing.id)).toBe(true);
      expect((await ln.push()).stdout).toContain('No changes.');
    },
    E2E,
  );

  it(
    'gives the same result whether Linear lists newest or oldest first',
    async () => {
      ln.server.fake.setListOrder('oldest-first');
      expect((await ln.push()).code).toBe(0);
      const tasks = await ln.ws.read(TASKS);
      ln.server.fake.setListOrder('newest-first');
      const again = await ln.push();
      expect(again.stdout).toContain('No changes.');
      expect(await ln.ws.read(TASKS)).toBe(tasks);
      expect(ln.issues()).toHaveLength(20);
    },
    E2E,
  );
});
