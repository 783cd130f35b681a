import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubFixture, type GitHubFixture, linkedIssues, TASKS, TOKEN } from './github-fixture.js';
import { runCli } from './workspace.js';

let gh: GitHubFixture;
beforeEach(async () => {
  gh = await githubFixture();
});
afterEach(async () => {
  await gh.close();
});

const CREATE_ISSUE = /^\/repos\/acme\/app\/issues$/;

/** One issue per task, each linked from its task line: the invariant every fault must keep. */
async function expectOneLinkedIssuePerTask() {
  const titles = gh.issues().map((issue) => issue.title.slice(0, 4));
  expect(titles).toHaveLength(20);
  expect(new Set(titles).size).toBe(20);
  const links = linkedIssues(await gh.ws.read(TASKS));
  expect(links.size).toBe(20);
  for (const [id, number] of links) {
    expect(gh.server.fake.state.issue('acme/app', number)!.title.startsWith(`${id} `)).toBe(true);
  }
}

describe('plansync push when the network and GitHub misbehave', () => {
  it('finds the issue behind a connection dropped after the 5th create instead of duplicating it', async () => {
    gh.server.fake.faults.add({
      method: 'POST',
      path: CREATE_ISSUE,
      nth: 5,
      kind: 'drop-after-commit',
    });

    const first = await gh.push();

    expect(first.code).toBe(0);
    expect(gh.server.fake.faults.fired.map((f) => f.kind)).toEqual(['drop-after-commit']);
    await expectOneLinkedIssuePerTask();
    const again = await gh.push();
    expect(again.stdout).toContain('No changes.');
    await expectOneLinkedIssuePerTask();
  });

  it('leaves no duplicate after the process is killed in the middle of a push', async () => {
    // Slow every create down so the kill lands mid-push, after some issues exist.
    gh.server.fake.faults.add({
      method: 'POST',
      path: CREATE_ISSUE,
      times: Infinity,
      kind: 'delay',
      ms: 40,
    });
    const killed = await gh.push(undefined, (kill) => {
      const timer = setInterval(() => {
        if (gh.issues().length >= 7) {
          clearInterval(timer);
          kill();
        }
      }, 5);
    });
    expect(killed.signal).toBe('SIGKILL');
    const survivors = gh.issues().length;
    expect(survivors).toBeGreaterThanOrEqual(7);
    expect(survivors).toBeLessThan(20);
    gh.server.fake.faults.clear();

    const rerun = await gh.push();

    expect(rerun.code).toBe(0);
    await expectOneLinkedIssuePerTask();
  });

  it('retries 502s and secondary rate limits, says it is waiting, and completes without duplicates', async () => {
    gh.server.fake.faults.add({
      method: 'GET',
      path: /\/issues$/,
      nth: 1,
      kind: 'status',
      status: 502,
    });
    gh.server.fake.faults.add({
      method: 'POST',
      path: CREATE_ISSUE,
      nth: 3,
      kind: 'secondary-rate-limit',
      retryAfter: 1,
    });
    gh.server.fake.faults.add({
      method: 'POST',
      path: CREATE_ISSUE,
      nth: 9,
      kind: 'status',
      status: 502,
    });

    const result = await gh.push();

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/GitHub secondary rate limit: waiting 1s before retrying POST/);
    // Every fault really happened: the 502 on the list read, the limit and the 502 on creates.
    expect(gh.server.fake.faults.fired.map((f) => `${f.method} ${f.kind}`)).toEqual([
      'GET status',
      'POST secondary-rate-limit',
      'POST status',
    ]);
    await expectOneLinkedIssuePerTask();
  });

  it('stops cleanly at a rate limit longer than it may wait, exits 3, and the next run finishes', async () => {
    await gh.ws.write(
      '.planrc.json',
      JSON.stringify({
        tracker: 'github',
        github: { repo: 'acme/app', throttle: false, maxWaitSeconds: 1 },
      }),
    );
    gh.server.fake.faults.add({
      method: 'POST',
      path: CREATE_ISSUE,
      nth: 4,
      kind: 'secondary-rate-limit',
      retryAfter: 120,
    });

    const stopped = await gh.push();

    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toMatch(
      /Stopped at the tracker's rate limit: \d+ left for the next run/,
    );
    expect(gh.issues()).toHaveLength(3);
    expect(linkedIssues(await gh.ws.read(TASKS)).size).toBe(3);
    const next = await gh.push();
    expect(next.code).toBe(0);
    await expectOneLinkedIssuePerTask();
  });

  it('exits 4 on a rejected token, names the variable, and never prints the token', async () => {
    const result = await runCli(['push', 'specs/001-demo'], {
      cwd: gh.ws.dir,
      env: { ...gh.env, GITHUB_TOKEN: 'fake-wrong-token-value' },
    });

    expect(result.code).toBe(4);
    expect(result.stderr).toContain('GITHUB_TOKEN');
    expect(result.stderr).toContain('401');
    expect(`${result.stdout}${result.stderr}`).not.toContain('fake-wrong-token-value');
    expect(gh.writesSince(0)).toEqual([]);
  });

  it('exits 4 when no token is set, before any request', async () => {
    const result = await runCli(['push', 'specs/001-demo'], {
      cwd: gh.ws.dir,
      env: { GITHUB_API_URL: gh.server.url },
    });

    expect(result.code).toBe(4);
    expect(result.stderr).toContain('set GITHUB_TOKEN or GH_TOKEN');
    expect(gh.server.fake.requests).toHaveLength(0);
  });

  it('refuses plain http to a host that is not loopback', async () => {
    const result = await runCli(['push', 'specs/001-demo'], {
      cwd: gh.ws.dir,
      env: { GITHUB_API_URL: 'http://github.example.com/api/v3', GITHUB_TOKEN: TOKEN },
    });

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('plain http is accepted for loopback addresses only');
  });
});
