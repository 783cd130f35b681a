import { afterEach, describe, expect, it } from 'vitest';
import { jiraFixture, linkedKeys, TASKS, type JiraFixture } from './jira-fixture.js';
import { runCli } from './workspace.js';

let jira: JiraFixture | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

const BULK = '/rest/api/3/issue/bulk';
// Search sees a new issue only 30 s after it was made: far longer than any test runs.
const LAGGING = { indexLagMs: 30_000 };

/** One issue per task, each linked from its task line: the invariant every fault must keep. */
async function expectOneLinkedIssuePerTask(fixture: JiraFixture) {
  const ids = fixture.tasks().map((issue) => issue.summary.slice(0, 4));
  expect(ids).toHaveLength(20);
  expect(new Set(ids).size).toBe(20);
  const links = linkedKeys(await fixture.ws.read(TASKS));
  expect(links.size).toBe(20);
  for (const [id, key] of links) {
    expect(fixture.server.fake.state.issue(key)!.summary.startsWith(`${id} `)).toBe(true);
  }
}

describe('plansync push when Jira or the network misbehaves', { timeout: 60_000 }, () => {
  it('finds the issues of a bulk create whose answer was lost, while search lags, and a re-run adds none', async () => {
    jira = await jiraFixture(LAGGING);
    // The second bulk create carries the tasks: Jira makes them, the answer never arrives.
    jira.server.fake.faults.add({ method: 'POST', path: BULK, nth: 2, kind: 'drop-after-commit' });

    const first = await jira.push();

    expect(jira.server.fake.faults.fired.map((f) => f.kind)).toEqual(['drop-after-commit']);
    expect(first.code).toBe(0);
    await expectOneLinkedIssuePerTask(jira);
    const again = await jira.push();
    expect(again.stdout).toContain('No changes.');
    await expectOneLinkedIssuePerTask(jira);
    expect(jira.server.fake.requests.filter((r) => r.path === BULK)).toHaveLength(2);
  });

  it('leaves no duplicate after the process is killed while Jira creates the tasks', async () => {
    jira = await jiraFixture(LAGGING);
    // Slow the task bulk down so the kill lands while Jira is making the issues.
    jira.server.fake.faults.add({ method: 'POST', path: BULK, nth: 2, kind: 'delay', ms: 400 });
    const fake = jira.server.fake;
    const killed = await jira.push(undefined, (kill) => {
      const timer = setInterval(() => {
        if (fake.requests.filter((r) => r.path === BULK).length >= 2) {
          clearInterval(timer);
          kill();
        }
      }, 5);
    });
    expect(killed.signal).toBe('SIGKILL');
    // Jira finishes the request the client gave up on.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(jira.tasks()).toHaveLength(20);
    expect(linkedKeys(await jira.ws.read(TASKS)).size).toBe(0);

    const rerun = await jira.push();

    expect(rerun.code).toBe(0);
    await expectOneLinkedIssuePerTask(jira);
    expect(jira.epics()).toHaveLength(3);
  });

  it('waits out a 429 for its Retry-After, says so, survives a 502, and makes no duplicate', async () => {
    jira = await jiraFixture();
    jira.server.fake.faults.add({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      kind: 'status',
      status: 502,
    });
    jira.server.fake.faults.add({
      method: 'POST',
      path: BULK,
      nth: 1,
      kind: 'rate-limit',
      retryAfter: 1,
    });
    jira.server.fake.faults.add({
      method: 'POST',
      path: BULK,
      nth: 2,
      kind: 'status',
      status: 502,
    });

    const result = await jira.push();

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Jira rate limit: waiting 1s before retrying bulk create/);
    expect(jira.server.fake.faults.fired.map((f) => f.kind)).toEqual([
      'status',
      'rate-limit',
      'status',
    ]);
    await expectOneLinkedIssuePerTask(jira);
    expect(jira.epics()).toHaveLength(3);
  });

  it('stops cleanly at a rate limit longer than it may wait, exits 3, and the next run finishes', async () => {
    jira = await jiraFixture({}, { maxWaitSeconds: 1 });
    jira.server.fake.faults.add({
      method: 'POST',
      path: BULK,
      nth: 2,
      kind: 'rate-limit',
      retryAfter: 120,
    });

    const stopped = await jira.push();

    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(/rate limit/i);
    expect(jira.tasks()).toHaveLength(0);
    const next = await jira.push();
    expect(next.code).toBe(0);
    await expectOneLinkedIssuePerTask(jira);
  });

  it('exits 4 on a refused token, names the variable, and never prints the token', async () => {
    jira = await jiraFixture();
    const result = await runCli(['push', 'specs/001-demo'], {
      cwd: jira.ws.dir,
      env: { ...jira.env, JIRA_API_TOKEN: 'fake-wrong-jira-token' },
    });

    expect(result.code).toBe(4);
    expect(result.stderr).toContain('JIRA_API_TOKEN');
    expect(`${result.stdout}${result.stderr}`).not.toContain('fake-wrong-jira-token');
    expect(jira.writesSince(0)).toEqual([]);
  });

  it('exits 4 when the Data Center token is not set, before any request', async () => {
    jira = await jiraFixture({ mode: 'datacenter' });
    const result = await runCli(['push', 'specs/001-demo'], { cwd: jira.ws.dir, env: {} });

    expect(result.code).toBe(4);
    expect(result.stderr).toContain('JIRA_PAT');
    expect(jira.server.fake.requests).toHaveLength(0);
  });

  it('refuses plain http to a host that is not loopback', async () => {
    jira = await jiraFixture({}, { host: 'http://jira.example.com' });
    const result = await jira.push();

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plain http:// only for localhost');
  });
});
