import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type Repo } from './run-cli.js';

const exec = promisify(execFile);
let repo: Repo;
beforeEach(async () => {
  repo = await makeRepo({});
});
afterEach(async () => {
  await repo.remove();
});

async function origin(url: string): Promise<void> {
  await exec('git', ['init', '--quiet'], { cwd: repo.dir });
  await exec('git', ['remote', 'add', 'origin', url], { cwd: repo.dir });
}

describe('plansync init', () => {
  it.each([
    ['https://github.com/acme/widgets.git', 'acme/widgets'],
    ['https://github.com/acme/widgets', 'acme/widgets'],
    ['git@github.com:acme/widgets.git', 'acme/widgets'],
    ['ssh://git@github.com/acme/widgets.git', 'acme/widgets'],
  ])('takes the repository from the origin remote %s', async (url, repoName) => {
    await origin(url);
    const result = await repo.cli(['init']);
    expect(result.code).toBe(0);
    expect(JSON.parse(await repo.read('.planrc.json'))).toEqual({
      tracker: 'github',
      plans: ['specs/*'],
      github: { repo: repoName },
    });
    expect(result.stdout).toContain(
      `Found the repository ${repoName} from the git remote "origin".`,
    );
  });

  it('prefers --repo to the remote, and names the token variable to set', async () => {
    await origin('git@github.com:acme/widgets.git');
    const result = await repo.cli(['init', '--repo', 'acme/other']);
    expect(JSON.parse(await repo.read('.planrc.json')).github).toEqual({ repo: 'acme/other' });
    expect(result.stdout).toContain('Set GITHUB_TOKEN (or GH_TOKEN)');
    expect(result.stdout).toContain('plansync push --dry-run');
  });

  it('without a remote, leaves a placeholder and says what to fill in', async () => {
    const result = await repo.cli(['init']);
    expect(result.code).toBe(0);
    expect(JSON.parse(await repo.read('.planrc.json')).github).toEqual({ repo: 'owner/name' });
    expect(result.stdout).toContain('Set "github.repo" in .planrc.json');
  });

  it('for Linear, names LINEAR_API_KEY', async () => {
    const result = await repo.cli(['init', '--tracker', 'linear']);
    expect(result.code).toBe(0);
    expect(JSON.parse(await repo.read('.planrc.json'))).toMatchObject({ tracker: 'linear' });
    expect(result.stdout).toContain('Set LINEAR_API_KEY');
  });

  it('for Jira, names the Cloud and the Data Center variables', async () => {
    const result = await repo.cli(['init', '--tracker', 'jira']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Set JIRA_EMAIL and JIRA_API_TOKEN (Jira Cloud');
    expect(result.stdout).toContain('or JIRA_PAT (Data Center');
  });

  it('writes a file the other commands accept', async () => {
    await repo.cli(['init', '--repo', 'acme/app']);
    await repo.write('specs/001-a/tasks.md', '# Tasks\n\n## Phase 1: Setup\n\n- [ ] T001 Do it\n');
    expect((await repo.cli(['lint'])).code).toBe(0);
  });

  it('refuses to replace an existing config without --force: exit 2, with a hint', async () => {
    await repo.write('.planrc.json', '{"tracker":"linear"}\n');
    const refused = await repo.cli(['init', '--repo', 'acme/app']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error: .planrc.json already exists; nothing was written.');
    expect(refused.stderr).toContain('plansync init --force');
    expect(await repo.read('.planrc.json')).toBe('{"tracker":"linear"}\n');

    const forced = await repo.cli(['init', '--repo', 'acme/app', '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(await repo.read('.planrc.json')).github).toEqual({ repo: 'acme/app' });
  });
});
