import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './workspace.js';
import {
  githubFixture,
  type GitHubFixture,
  linkedIssues,
  REPO,
  TASKS,
  TOKEN,
} from './github-fixture.js';

let gh: GitHubFixture;
beforeEach(async () => {
  gh = await githubFixture();
  expect((await gh.push()).code).toBe(0);
});
afterEach(async () => {
  await gh.close();
});

/** What a person does on github.com: one PATCH of the issue's state. */
async function setState(number: number, state: 'open' | 'closed', reason: string) {
  const response = await fetch(`${gh.server.url}/repos/${REPO}/issues/${number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state, state_reason: reason }),
  });
  expect(response.status).toBe(200);
}

const pull = (args: string[] = ['specs/001-demo']) =>
  runCli(['pull', ...args], { cwd: gh.ws.dir, env: gh.env });

describe('plansync pull against GitHub over HTTP', { timeout: 60_000 }, () => {
  it('checks the box of an issue closed as completed and changes no other byte', async () => {
    const before = await gh.ws.read(TASKS);
    const t005 = linkedIssues(before).get('T005')!;
    await setState(t005, 'closed', 'completed');

    const result = await pull();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`[x] T005 Seed data for local development (#${t005} closed`);
    const after = await gh.ws.read(TASKS);
    const at = before.indexOf('- [ ] T005') + 3;
    expect(after.slice(0, at) + after.slice(at + 1)).toBe(
      before.slice(0, at) + before.slice(at + 1),
    );
    expect(after[at]).toBe('x');

    // The marker learnt the state with the pull, so the next push writes nothing.
    const mark = gh.mark();
    const push = await gh.push();
    expect(push.stdout).toContain('No changes.');
    expect(gh.writesSince(mark)).toEqual([]);
  });

  it('leaves a box alone for an issue closed as not planned, and says so', async () => {
    const before = await gh.ws.read(TASKS);
    const t008 = linkedIssues(before).get('T008')!;
    await setState(t008, 'closed', 'not_planned');
    const mark = gh.mark();

    const result = await pull();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`(#${t008} closed as not planned: box left as it is)`);
    expect(await gh.ws.read(TASKS)).toBe(before);
    expect(gh.writesSince(mark)).toEqual([]);
  });
});
