import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubFixture, type GitHubFixture, REPO, TASKS } from './github-fixture.js';
import { runCli } from './workspace.js';

let gh: GitHubFixture;
let number: number;
let files: { event: string; summary: string; outputs: string };
beforeEach(async () => {
  gh = await githubFixture();
  number = gh.server.fake.state.seedPullRequest(REPO, { title: 'Plan team invitations' }).number;
  const base = path.join(gh.ws.dir, '..', path.basename(gh.ws.dir));
  files = { event: `${base}.event.json`, summary: `${base}.summary.md`, outputs: `${base}.out` };
  // The payload GitHub writes for a pull_request event, trimmed to what is read.
  await writeFile(files.event, JSON.stringify({ number, pull_request: { number } }));
  await writeFile(files.summary, '');
  await writeFile(files.outputs, '');
});
afterEach(async () => {
  await gh.close();
});

const preview = (args: string[] = []) =>
  runCli(['ci', ...args], {
    cwd: gh.ws.dir,
    env: {
      ...gh.env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: REPO,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.outputs,
    },
  });

const comments = () => gh.server.fake.state.comments(gh.server.fake.state.issue(REPO, number)!);

describe('plansync ci on a pull request', { timeout: 90_000 }, () => {
  it('keeps one preview comment, created then updated in place, and writes nothing else', async () => {
    const tasks = await gh.ws.read(TASKS);
    const first = await preview();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'Plan: 23 to create, 0 to update, 0 to close, 0 conflicts, 5 labels to create.',
    );
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toMatch(/^<!-- plansync:preview -->\n### plansync plan\n/);
    expect(comments()[0]!.body).toContain('**Plan: 23 to create');
    expect(comments()[0]!.body).toContain('Labels to create: `parallel`, `US1`');

    await gh.ws.write(TASKS, tasks.replace('- [ ] T019 Load test', '- [ ] T019 Soak test'));
    const mark = gh.mark();
    const second = await preview();
    expect(second.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('| T019 | Soak test: 1,000 invitations a minute |');
    expect(gh.writesSince(mark)).toEqual([
      {
        method: 'PATCH',
        path: `/repos/${REPO}/issues/comments/${comments()[0]!.id}`,
      },
    ]);

    // Nothing new: the comment is left as it is, no write at all.
    const again = gh.mark();
    await preview();
    expect(gh.writesSince(again)).toEqual([]);
    expect(gh.issues()).toHaveLength(0);
    expect(await gh.ws.read(TASKS)).toContain('T019 Soak test');
    expect(await readFile(files.summary, 'utf8')).toContain('### plansync plan');
  });

  it('exits 3 with --exit-code when the tracker is behind the plan, and says how much', async () => {
    const result = await preview(['--exit-code']);
    expect(result.code).toBe(3);
    expect(await readFile(files.outputs, 'utf8')).toContain('pending=23\n');
  });
});
