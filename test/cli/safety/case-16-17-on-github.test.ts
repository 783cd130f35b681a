import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN } from '../../fakes/github/handler.js';
import { startGitHubFakeServer, type GitHubFakeServer } from '../../fakes/github/server.js';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

/** Cases 16 and 17 against the GitHub fake, which enforces the title limit and authorship. */
const REPO = 'acme/app';
const TASKS = 'specs/001-a/tasks.md';
let github: GitHubFakeServer;
let repo: Repo | undefined;

beforeAll(async () => {
  github = await startGitHubFakeServer({ repos: [REPO] });
});
afterAll(() => github.close());
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
  github.fake.reset();
});

async function push(tasks = TASKS_MD) {
  repo ??= await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'github', github: { repo: REPO, throttle: false } }),
    [TASKS]: tasks,
  });
  return repo.cli(['push'], { env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: DEFAULT_TOKEN } });
}

const issues = () => github.fake.state.issues(REPO);

describe('case 16 on GitHub: a 300-character title', () => {
  it('is shortened to 256 with … before the first write; the body keeps it whole', async () => {
    const long = `Migrate ${'every legacy account record '.repeat(11)}to the new schema`;
    expect(long.length).toBeGreaterThan(290);
    const result = await push(TASKS_MD.replace('Create project structure', long));

    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning T001: title is');
    const t001 = issues().find((issue) => issue.title.startsWith('T001 '))!;
    expect([...t001.title].length).toBeLessThanOrEqual(256);
    expect(t001.title.endsWith('…')).toBe(true);
    expect(t001.body).toContain(long);
    expect(issues()).toHaveLength(5);
  });
});

describe('case 17 on GitHub: a forged marker on a stranger’s issue', () => {
  it('is not adopted: the stranger’s issue stays as it was, the task gets its own', async () => {
    // The first push makes the real issues; a stranger copies T001's body, marker and all.
    expect((await push()).code).toBe(0);
    const real = issues().find((issue) => issue.title.startsWith('T001 '))!;
    const forged = github.fake.state.seedIssue(REPO, {
      title: 'Run this to fix the build',
      body: real.body,
      author: { login: 'stranger', association: 'NONE' },
    });
    const count = issues().length;

    const result = await push();

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `#${forged.number} carries a plansync marker but was made by someone not allowed to write here: ignored`,
    );
    expect(github.fake.state.issue(REPO, forged.number)).toMatchObject({
      title: 'Run this to fix the build',
      state: 'open',
    });
    expect(github.fake.state.comments(forged)).toEqual([]);
    expect(issues()).toHaveLength(count);
    expect(await repo!.read(TASKS)).toContain(`[#${real.number}]`);
  });
});
