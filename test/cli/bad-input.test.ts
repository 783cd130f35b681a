import { afterEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../support/memory-adapter.js';
import { makeRepo, type Repo, TASKS_MD } from './run-cli.js';

let repo: Repo;
afterEach(async () => {
  await repo?.remove();
});

const memory = () => {
  const adapter = new MemoryAdapter();
  return { adapter, adapters: { memory: () => adapter } };
};

describe('bad input: a clear message, exit 2, nothing written anywhere', () => {
  it('reports every plan problem as file:line:col and writes nothing', async () => {
    repo = await makeRepo({
      '.planrc.json': JSON.stringify({ tracker: 'memory' }),
      'specs/001-a/tasks.md': `## Phase 1: Setup\n\n- [ ] T001 One\n- [ ] T001 Again\n- [ ] T00X Template leftover\n`,
    });
    const { adapter, adapters } = memory();
    const before = await repo.read('specs/001-a/tasks.md');

    const result = await repo.cli(['push', 'specs/001-a'], { adapters });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'specs/001-a/tasks.md:4:7 error duplicate task id T001 (first at 3:7)',
    );
    expect(result.stderr).toContain(
      'specs/001-a/tasks.md:5:7 error unfilled template placeholder T00X',
    );
    expect(result.stderr).toContain('problems in the plan; nothing was changed.');
    expect(adapter.calls.read + adapter.writes).toBe(0);
    expect(await repo.read('specs/001-a/tasks.md')).toBe(before);
  });

  it('names the config file and the path of every invalid option', async () => {
    repo = await makeRepo({
      '.planrc.json': JSON.stringify({
        tracker: 'github',
        github: { repo: 'not-a-repo', throttle: 'no' },
        colour: true,
      }),
      'specs/001-a/tasks.md': TASKS_MD,
    });

    const result = await repo.cli(['push', 'specs/001-a']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid configuration in .planrc.json');
    expect(result.stderr).toContain('.planrc.json: github.repo: expected "owner/name"');
    expect(result.stderr).toContain('.planrc.json: github.throttle:');
    expect(result.stderr).toContain(
      '.planrc.json: unknown key "colour" (known keys: tracker, plans,',
    );
    expect(result.stderr).toContain('hint: Every option is described in .planrc.example.');
  });

  it('reports a config file that does not parse, with its name', async () => {
    repo = await makeRepo({ '.planrc.json': '{ "tracker": ', 'specs/001-a/tasks.md': TASKS_MD });
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: Cannot read .*\.planrc\.json/);
  });

  it('lists the valid trackers for an unknown one', async () => {
    repo = await makeRepo({
      '.planrc.json': JSON.stringify({ tracker: 'jria' }),
      'specs/001-a/tasks.md': TASKS_MD,
    });
    const result = await repo.cli(['push', '--dry-run', 'specs/001-a']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Unknown tracker "jria". Use one of: github, linear, jira, or an installed adapter package.',
    );
  });

  it('says how to configure a tracker when none is set', async () => {
    repo = await makeRepo({ 'specs/001-a/tasks.md': TASKS_MD });
    const result = await repo.cli(['push', 'specs/001-a']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No tracker is configured.');
    expect(result.stderr).toContain('plansync init');
  });

  it('reports a missing path and an unknown option as usage errors', async () => {
    repo = await makeRepo({ 'specs/001-a/tasks.md': TASKS_MD });
    const missing = await repo.cli(['lint', 'specs/404']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('specs/404');
    const unknown = await repo.cli(['push', '--dryrun']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--dryrun'");
  });

  it('finds no plans and says where it looked', async () => {
    repo = await makeRepo({ 'README.md': '# nothing here\n' });
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No plan documents found (looked for specs/*).');
  });

  it('fails lint on an unfilled template instead of inventing tasks', async () => {
    repo = await makeRepo({
      'plan.md': `# Implementation Plan: {FEATURE_NAME}\n\n**Feature ID:** {FEATURE_ID}\n\n## Implementation Phases\n\n### Phase 1: Setup\n\n- Tasks: T001-T00X\n`,
    });
    const result = await repo.cli(['lint', 'plan.md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/plan\.md:1:\d+ error .*\{FEATURE_NAME\}/);
    const parsed = await repo.cli(['parse', 'plan.md', '--json']);
    expect(parsed.stdout).not.toContain('"T00X"');
  });
});

describe('secrets', () => {
  it('never prints a token, even when it appears in an error', async () => {
    repo = await makeRepo({
      '.planrc.json': JSON.stringify({ tracker: 'memory' }),
      'specs/001-a/tasks.md': TASKS_MD,
    });
    const adapters = {
      memory: () => {
        const adapter = new MemoryAdapter();
        adapter.verify = async () => [
          { code: 'auth' as const, message: 'token fake-secret-value-123 rejected' },
        ];
        return adapter;
      },
    };
    const result = await repo.cli(['push', 'specs/001-a', '--verbose'], {
      adapters,
      env: { GITHUB_TOKEN: 'fake-secret-value-123' },
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('token *** rejected');
    expect(result.stdout + result.stderr).not.toContain('fake-secret-value-123');
  });
});
