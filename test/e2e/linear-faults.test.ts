import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linearFixture, linkedIssues, TASKS, type LinearFixture } from './linear-fixture.js';
import { runCli } from './workspace.js';

let ln: LinearFixture;
beforeEach(async () => {
  ln = await linearFixture();
});
afterEach(async () => {
  await ln.close();
});

const E2E = 60_000;

/** One issue per task, each linked from its task line: the invariant every fault must keep. */
async function expectOneLinkedIssuePerTask() {
  const titles = ln.issues().map((issue) => issue.title.slice(0, 4));
  expect(titles).toHaveLength(20);
  expect(new Set(titles).size).toBe(20);
  const links = linkedIssues(await ln.ws.read(TASKS));
  expect(links.size).toBe(20);
  for (const [id, identifier] of links) {
    expect(ln.server.fake.state.issue(identifier)!.title.startsWith(`${id} `)).toBe(true);
  }
  expect(ln.server.fake.state.projects).toHaveLength(1);
  expect(ln.server.fake.state.milestones).toHaveLength(3);
}

describe('plansync push when the network and Linear misbehave', () => {
  it(
    'finds the issues behind a connection dropped after a committed issueBatchCreate',
    async () => {
      ln.server.fake.faults.add({ operation: 'issueBatchCreate', kind: 'drop-after-commit' });

      const first = await ln.push();

      expect(ln.server.fake.faults.fired.map((f) => f.kind)).toEqual(['drop-after-commit']);
      const rerun = first.code === 0 ? first : await ln.push();
      expect(rerun.code).toBe(0);
      await expectOneLinkedIssuePerTask();
      expect((await ln.push()).stdout).toContain('No changes.');
    },
    E2E,
  );

  it(
    'leaves no duplicate after the process is killed in the middle of a push',
    async () => {
      // Slow the dependency pass so the kill lands after the issues exist, before it ends.
      ln.server.fake.faults.add({ operation: 'issueRelationCreate', kind: 'delay', ms: 5000 });
      const killed = await ln.push(undefined, (kill) => {
        const timer = setInterval(() => {
          if (ln.server.fake.requests.some((r) => r.operation === 'PlansyncRelate')) {
            clearInterval(timer);
            kill();
          }
        }, 5);
      });
      expect(killed.signal).toBe('SIGKILL');
      expect(ln.issues()).toHaveLength(20);
      ln.server.fake.faults.clear();

      const rerun = await ln.push();

      expect(rerun.code).toBe(0);
      await expectOneLinkedIssuePerTask();
      expect(ln.server.fake.state.relations.length).toBeGreaterThan(0);
    },
    E2E,
  );

  it(
    'survives a 503 and a ratelimited answer, says it is waiting, and duplicates nothing',
    async () => {
      // The first read of the push (the team's projects) meets a 503 and is sent again.
      ln.server.fake.faults.add({ operation: 'PlansyncProjects', kind: 'status', status: 503 });
      ln.server.fake.faults.add({
        operation: 'issueBatchCreate',
        kind: 'ratelimited',
        resetMs: 1000,
      });

      const result = await ln.push();

      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(
        /Linear rate limit: waiting [12]s before retrying PlansyncCreateIssues/,
      );
      expect(ln.server.fake.faults.fired.map((f) => `${f.operation} ${f.kind}`)).toEqual([
        'PlansyncProjects status',
        'PlansyncCreateIssues ratelimited',
      ]);
      await expectOneLinkedIssuePerTask();
    },
    E2E,
  );

  it(
    'stops cleanly at a rate limit longer than it may wait, exits 3, and the next run finishes',
    async () => {
      const config = JSON.parse(await ln.ws.read('.planrc.json')) as { linear: object };
      await ln.ws.write(
        '.planrc.json',
        JSON.stringify({ ...config, linear: { ...config.linear, maxWaitSeconds: 1 } }),
      );
      ln.server.fake.faults.add({
        operation: 'issueBatchCreate',
        kind: 'ratelimited',
        resetMs: 120_000,
      });

      const stopped = await ln.push();

      expect(stopped.code).toBe(3);
      expect(stopped.stderr).toMatch(
        /Stopped at the tracker's rate limit: \d+ left for the next run/,
      );
      expect(ln.issues()).toHaveLength(0);
      const next = await ln.push();
      expect(next.code).toBe(0);
      await expectOneLinkedIssuePerTask();
    },
    E2E,
  );

  it(
    'exits 4 on a refused key, names LINEAR_API_KEY, and never prints the key',
    async () => {
      const result = await runCli(['push', 'specs/001-demo'], {
        cwd: ln.ws.dir,
        env: { LINEAR_API_KEY: 'lin_api_wrong_key_value' },
      });

      expect(result.code).toBe(4);
      expect(result.stderr).toContain('LINEAR_API_KEY');
      expect(`${result.stdout}${result.stderr}`).not.toContain('lin_api_wrong_key_value');
      expect(ln.since(0).filter((r) => r.write)).toEqual([]);
    },
    E2E,
  );

  it(
    'exits 4 when no key is set, before any request',
    async () => {
      const result = await runCli(['push', 'specs/001-demo'], { cwd: ln.ws.dir, env: {} });

      expect(result.code).toBe(4);
      expect(result.stderr).toContain('set LINEAR_API_KEY in the environment');
      expect(ln.server.fake.requests).toHaveLength(0);
    },
    E2E,
  );

  it(
    'takes the API URL from LINEAR_API_URL and refuses plain http to a host that is not loopback',
    async () => {
      await ln.ws.write(
        '.planrc.json',
        JSON.stringify({ tracker: 'linear', linear: { team: 'ENG' } }),
      );
      const remote = await runCli(['push', 'specs/001-demo'], {
        cwd: ln.ws.dir,
        env: { ...ln.env, LINEAR_API_URL: 'http://linear.example/graphql' },
      });
      expect(remote.code).not.toBe(0);
      expect(remote.stderr).toContain('plain http is accepted for loopback addresses only');

      const local = await runCli(['push', '--dry-run', 'specs/001-demo'], {
        cwd: ln.ws.dir,
        env: { ...ln.env, LINEAR_API_URL: ln.server.apiUrl },
      });
      expect(local.code).toBe(0);
      expect(local.stdout).toContain('Plan: 24 to create');
    },
    E2E,
  );
});
