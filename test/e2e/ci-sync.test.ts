import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, withBareOrigin } from './ci-git.js';
import {
  githubFixture,
  type GitHubFixture,
  linkedIssues,
  REPO,
  TASKS,
  TOKEN,
} from './github-fixture.js';
import { runCli } from './workspace.js';

let gh: GitHubFixture;
let origin: { bare: string; remove(): Promise<void> };
beforeEach(async () => {
  gh = await githubFixture();
  origin = await withBareOrigin(gh.ws.dir);
});
afterEach(async () => {
  await gh.close();
  await origin.remove();
});

/** `plansync ci` as a scheduled workflow runs it. */
async function scheduled(args: string[] = []) {
  const outputs = path.join(gh.ws.dir, '..', `${path.basename(gh.ws.dir)}.outputs`);
  await writeFile(outputs, '');
  const result = await runCli(['ci', ...args], {
    cwd: gh.ws.dir,
    env: {
      ...gh.env,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REPOSITORY: REPO,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REF_NAME: 'main',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputs,
    },
  });
  return { ...result, outputs: await readFile(outputs, 'utf8') };
}

describe('plansync ci on a schedule', { timeout: 90_000 }, () => {
  it('pushes, commits the links as github-actions[bot] to origin, then commits nothing', async () => {
    const first = await scheduled();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied: 23 created, 0 updated, 0 closed.');
    expect(first.outputs).toBe('created=23\nupdated=0\nclosed=0\npending=0\nconflicts=0\n');

    const log = await git(origin.bare, 'log', '--format=%an <%ae>|%s', 'main');
    const [latest, initial] = log.split('\n');
    expect(latest).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Sync the plan with the tracker: issue links and checkboxes [skip ci]',
    );
    expect(initial).toBe('A Person <person@example.com>|Plan the invitations feature');
    // What origin holds is what the run wrote, links included.
    const tasks = await gh.ws.read(TASKS);
    expect(linkedIssues(tasks).size).toBe(20);
    expect(await git(origin.bare, 'show', `main:${TASKS}`)).toBe(tasks.trimEnd());
    expect(await git(gh.ws.dir, 'status', '--porcelain')).toBe('');

    const mark = gh.mark();
    const second = await scheduled();
    expect(second.code).toBe(0);
    expect(gh.writesSince(mark)).toEqual([]);
    expect(second.stderr).toContain('nothing to commit');
    expect(await git(origin.bare, 'rev-list', '--count', 'main')).toBe('2');
  });

  it('with --pull, checks the box of an issue closed on GitHub and commits that byte', async () => {
    await scheduled();
    const before = await gh.ws.read(TASKS);
    const t003 = linkedIssues(before).get('T003')!;
    const response = await fetch(`${gh.server.url}/repos/${REPO}/issues/${t003}`, {
      method: 'PATCH',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' }),
    });
    expect(response.status).toBe(200);

    const result = await scheduled(['--pull']);

    expect(result.code).toBe(0);
    const diff = await git(origin.bare, 'diff', 'main~1', 'main', '--unified=0', '--', TASKS);
    expect(diff).toMatch(/^-- \[ \] T003 .*\n\+- \[x\] T003 /m);
    const changed = diff.split('\n').filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) /.test(l));
    expect(changed).toHaveLength(2);
  });

  it('with --pull, reports each plan warning once, though pull and push both read the plan', async () => {
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(TASKS, `${tasks}\n## Notes\n\n- [ ] T099 Loose end\n`);

    const result = await scheduled(['--pull', '--no-commit']);

    expect(result.code).toBe(0);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain('T099');
    expect(result.stderr.split('warning T099 has no phase').length - 1).toBe(1);
  });

  it('with --pull-request, commits to plansync/sync and keeps one pull request open', async () => {
    const pulls = () => gh.server.fake.state.issues(REPO).filter((issue) => issue.pull_request);
    const first = await scheduled(['--pull-request']);
    expect(first.code).toBe(0);
    expect(await git(origin.bare, 'rev-list', '--count', 'main')).toBe('1');
    expect(await git(origin.bare, 'log', '-1', '--format=%an', 'plansync/sync')).toBe(
      'github-actions[bot]',
    );
    expect(await git(origin.bare, 'show', `plansync/sync:${TASKS}`)).toBe(
      (await gh.ws.read(TASKS)).trimEnd(),
    );
    expect(pulls().map((p) => [p.title, p.pull_request!.head, p.pull_request!.base])).toEqual([
      ['Sync the plan with the tracker', 'plansync/sync', 'main'],
    ]);
    expect(first.stderr).toContain(`Pull request #${pulls()[0]!.number} opened`);

    const t003 = linkedIssues(await gh.ws.read(TASKS)).get('T003')!;
    const response = await fetch(`${gh.server.url}/repos/${REPO}/issues/${t003}`, {
      method: 'PATCH',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' }),
    });
    expect(response.status).toBe(200);
    const second = await scheduled(['--pull', '--pull-request']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`Pull request #${pulls()[0]!.number} updated`);
    expect(pulls()).toHaveLength(1);
    expect(await git(origin.bare, 'show', `plansync/sync:${TASKS}`)).toMatch(/^- \[x\] T003 /m);
    expect(await git(origin.bare, 'rev-list', '--count', 'main')).toBe('1');
  });

  it('turns plan problems into annotations on the file and line, and writes nothing', async () => {
    const tasks = await gh.ws.read(TASKS);
    await gh.ws.write(TASKS, tasks.replace('- [ ] T002 ', '- [ ] T001 '));
    const mark = gh.mark();

    const result = await scheduled();

    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /^::error file=specs\/001-demo\/tasks\.md,line=8,col=\d+::.*T001/m,
    );
    expect(gh.writesSince(mark)).toEqual([]);
    expect(await git(origin.bare, 'rev-list', '--count', 'main')).toBe('1');
  });
});
