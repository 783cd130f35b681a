import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../support/memory-adapter.js';
import { memoryRepo, type Repo } from './run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));
afterEach(() => repo.remove());

describe('plansync status', () => {
  it('before any push: every task with its title, none linked', async () => {
    const result = await repo.cli(['status'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ {2}T001 {2}\[ \] {2}— +— +not pushed +Create project structure$/m,
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      '5 tasks: 0 linked, 5 not yet pushed, 0 drifted',
    );
  });

  it('after a push, an edit on the tracker and a new task: link, state, drift, summary', async () => {
    await repo.cli(['push'], { adapters });
    adapter.byKey('001-a/T002')!.fields.title = 'Renamed by a person';
    const tasks = await repo.read(TASKS);
    await repo.write(TASKS, `${tasks.trimEnd()}\n- [ ] T006 Write the docs\n`);
    adapter.resetCounts();

    const result = await repo.cli(['status'], { adapters });

    expect(result.code).toBe(0);
    const line = (id: string) => result.stdout.split('\n').find((l) => l.startsWith(`  ${id} `));
    expect(line('T001')).toMatch(
      /#3 +open +in sync +Create project structure {2}https:\/\/tracker\.test\/items\/3$/,
    );
    expect(line('T002')).toMatch(
      /#4 +open +drift \(title\) +Configure linting {2}https:\/\/tracker\.test\/items\/4$/,
    );
    expect(line('T005')).toMatch(/\[x\] {2}#7 +closed +in sync +User service/);
    expect(line('T006')).toMatch(/— +— +not pushed +Write the docs$/);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      '6 tasks: 4 linked, 1 not yet pushed, 1 drifted',
    );
    expect(adapter.writes).toBe(0);
  });

  it('counts a plan edit not yet pushed, and gives the summary in --json', async () => {
    await repo.cli(['push'], { adapters });
    const tasks = await repo.read(TASKS);
    await repo.write(TASKS, tasks.replace('Configure linting', 'Configure the linter'));
    const text = await repo.cli(['status'], { adapters });
    expect(text.stdout.trim().split('\n').at(-1)).toBe(
      '5 tasks: 4 linked, 0 not yet pushed, 0 drifted, 1 with changes to push',
    );
    const json = JSON.parse((await repo.cli(['status', '--json'], { adapters })).stdout);
    expect(json.summary).toEqual({
      tasks: 5,
      linked: 4,
      notPushed: 0,
      drifted: 0,
      pending: 1,
      conflicts: 0,
      skipped: 0,
    });
    expect(json.features[0].tasks[1]).toMatchObject({
      id: 'T002',
      title: 'Configure the linter',
      ref: { text: '#4', url: 'https://tracker.test/items/4' },
      sync: 'pending',
    });
  });
});
