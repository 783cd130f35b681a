import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../support/memory-adapter.js';
import { makeRepo, memoryRepo, type Repo } from './run-cli.js';

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));
afterEach(() => repo.remove());

const TASKS = 'specs/001-a/tasks.md';

describe('plansync push through the in-memory tracker', () => {
  it('runs the whole pipeline: preview, apply, links, then No changes.', async () => {
    const first = await repo.cli(['push'], { adapters });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Plan: 7 to create, 0 to update, 0 to close, 0 conflicts.');
    expect(first.stdout).toContain(
      'Applied: 7 created, 0 updated, 0 closed. Links written to specs/001-a/tasks.md.',
    );
    expect(first.stderr).toContain('[7/9] created T005');
    // Dependencies are set in a second pass, once every item exists.
    expect(first.stderr).toContain('[8/9] set the dependencies of T003');
    expect(first.stderr).toContain('[9/9] set the dependencies of T005');
    expect(await repo.read(TASKS)).toContain(
      '- [ ] T001 Create project structure [#3](https://tracker.test/items/3)',
    );
    const second = await repo.cli(['push'], { adapters });
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe('No changes.');
  });

  it('says closed and reopened for a ticked and an unticked task, as the preview does', async () => {
    expect((await repo.cli(['push'], { adapters })).code).toBe(0);
    const tasks = await repo.read(TASKS);
    await repo.write(
      TASKS,
      tasks.replace('- [ ] T001', '- [x] T001').replace('- [x] T005', '- [ ] T005'),
    );

    const result = await repo.cli(['push'], { adapters });

    expect(result.stdout).toContain('- T001 Create project structure');
    expect(result.stderr).toMatch(/\] closed T001 #\d+/);
    expect(result.stderr).toMatch(/\] reopened T005 #\d+/);
    expect(result.stdout).toContain('Applied: 0 created, 0 updated, 1 closed, 1 reopened.');
  });

  it('writes nothing with --dry-run and exits 3 with --exit-code when changes are pending', async () => {
    const before = await repo.read(TASKS);
    const mtime = await repo.mtime(TASKS);
    const result = await repo.cli(['diff', '--exit-code'], { adapters });
    expect(result.code).toBe(3);
    expect(adapter.writes).toBe(0);
    expect(await repo.read(TASKS)).toBe(before);
    expect(await repo.mtime(TASKS)).toBe(mtime);
    await repo.cli(['push'], { adapters });
    expect((await repo.cli(['diff', '--exit-code'], { adapters })).code).toBe(0);
  });

  it('finds an item whose link was lost by its marker, and previews then restores the link', async () => {
    await repo.cli(['push'], { adapters });
    // A lost link: the marker finds the issue again, and the preview shows the link coming back.
    const tasks = await repo.read(TASKS);
    await repo.write(TASKS, tasks.replace(/ \[#3\]\(https:\/\/tracker\.test\/items\/3\)/, ''));
    adapter.resetCounts();
    const preview = await repo.cli(['push', '--dry-run'], { adapters });
    expect(preview.stdout).toContain(
      '+- [ ] T001 Create project structure [#3](https://tracker.test/items/3)',
    );
    expect(adapter.writes).toBe(0);
    await repo.cli(['push'], { adapters });
    expect(await repo.read(TASKS)).toBe(tasks);
  });

  it('finishes what it can, links the successes, reports each failure and exits 1', async () => {
    adapter.faults = [{ on: 'create', nth: 4, kind: 'fail' }];
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(1);
    // Creates 1 and 2 are the phases; the 4th is the second task.
    expect(result.stderr).toContain('error: failed T002: validation failed');
    expect(result.stdout).toContain('Applied: 6 created, 0 updated, 0 closed, 1 failed.');
    const tasks = await repo.read(TASKS);
    expect(tasks).not.toMatch(/T002 \[P\] Configure linting \[/);
    expect(tasks).toMatch(/T001 Create project structure \[#/);
    const again = await repo.cli(['push'], { adapters });
    expect(again.code).toBe(0);
    expect(adapter.items.size).toBe(7);
  });

  it('prints versioned JSON with --json', async () => {
    const result = await repo.cli(['push', '--json'], { adapters });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.summary.create).toBe(7);
    expect(json.applied).toHaveLength(9);
    expect(json.applied.filter((a: { status: string }) => a.status === 'related')).toHaveLength(2);
    expect(json.applied[0]).toMatchObject({ status: 'created', op: 'create' });
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const plain = await repo.cli(['push', '--dry-run'], { adapters });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const tty = await repo.cli(['push', '--dry-run'], { adapters, isTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[/);
    const noColor = await repo.cli(['push', '--dry-run'], {
      adapters,
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  it('renders a pull-request comment with --format markdown', async () => {
    const result = await repo.cli(['diff', '--format', 'markdown'], { adapters });
    expect(result.stdout).toContain('### plansync plan');
    expect(result.stdout).toContain('7 to create');
  });
});

describe('other commands', () => {
  it('teaches with --help: commands, examples, exit codes', async () => {
    const result = await repo.cli(['--help']);
    expect(result.code).toBe(0);
    for (const words of [
      'push',
      'diff',
      'lint',
      'parse',
      'init',
      '--dry-run',
      'Exit codes:',
      '3  changes pending',
    ]) {
      expect(result.stdout).toContain(words);
    }
  });

  it('lists each task with its remote item, state and drift, writing nothing', async () => {
    const before = await repo.cli(['status'], { adapters });
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('  T001  [ ]  —       —       not pushed');
    await repo.cli(['push'], { adapters });
    adapter.byKey('001-a/T002')!.fields.title = 'Renamed by a person';
    const tasks = await repo.read(TASKS);
    await repo.write(TASKS, tasks.replace('Add CI workflow', 'Add the CI workflow'));
    adapter.resetCounts();

    const after = await repo.cli(['status'], { adapters });

    expect(after.stdout).toContain('  T001  [ ]  #3      open    in sync');
    expect(after.stdout).toContain('  T002  [ ]  #4      open    drift (title)');
    expect(after.stdout).toContain('  T003  [ ]  #5      open    pending (title, body)');
    expect(after.stdout).toContain('  T005  [x]  #7      closed  in sync');
    expect(adapter.writes).toBe(0);
    expect(await repo.read(TASKS)).toContain('Add the CI workflow (depends on T001) [#5]');
    const json = JSON.parse((await repo.cli(['status', '--json'], { adapters })).stdout);
    expect(json.features[0].tasks[1]).toMatchObject({
      id: 'T002',
      sync: 'drift',
      fields: ['title'],
    });
  });

  it('writes a starter .planrc.json with init, and never overwrites one', async () => {
    const fresh = await makeRepo({});
    try {
      const result = await fresh.cli(['init', '--repo', 'acme/app']);
      expect(result.code).toBe(0);
      expect(JSON.parse(await fresh.read('.planrc.json'))).toEqual({
        tracker: 'github',
        plans: ['specs/*'],
        github: { repo: 'acme/app' },
      });
      expect((await fresh.cli(['init'])).code).toBe(2);
    } finally {
      await fresh.remove();
    }
  });

  it('prints the parsed model as JSON', async () => {
    const result = await repo.cli(['parse', '--json']);
    const model = JSON.parse(result.stdout);
    expect(model.schemaVersion).toBe(1);
    expect(model.features[0].tasks[4]).toMatchObject({
      id: 'T005',
      title: 'User service',
      phase: '2',
      done: true,
      tags: ['US1'],
      dependsOn: ['T004'],
      source: { file: 'specs/001-a/tasks.md', line: 12 },
    });
  });
});
