import { afterEach, describe, expect, it } from 'vitest';
import type { KindSpec } from '../../../src/contract/types.js';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { makeRepo, type Repo } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

async function pushTasks(tasks: string, adapter = new MemoryAdapter(), config = {}) {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'memory', ...config }),
    [TASKS]: tasks,
  });
  const result = await repo.cli(['push'], { adapters: { memory: () => adapter } });
  return { ...result, adapter, tasks: await repo.read(TASKS) };
}

describe('case 16: what the tracker cannot accept is found before the first write', () => {
  it('a depends-on cycle is a lint error: exit 2, nothing written', async () => {
    const text =
      '## Phase 1: A\n\n- [ ] T001 One (depends on T003)\n- [ ] T002 Two (depends on T001)\n- [ ] T003 Three (depends on T002)\n';
    const result = await pushTasks(text);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${TASKS}:3:1 error dependency cycle: T001 → T003 → T002 → T001`,
    );
    expect(result.adapter.writes).toBe(0);
    expect(result.tasks).toBe(text);
  });

  it('a dependency on a missing id is a lint error: exit 2, nothing written', async () => {
    const text = '## Phase 1: A\n\n- [ ] T001 One\n- [ ] T002 Two (depends on T009)\n';
    const result = await pushTasks(text);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${TASKS}:4:1 error T002 depends on T009, which is not a task`);
    expect(result.adapter.writes).toBe(0);
  });

  it('a task title longer than the tracker accepts is shortened with …, the whole title in the body', async () => {
    const adapter = new MemoryAdapter();
    (adapter.kinds.task as KindSpec).maxTitleLength = 40;
    const long = 'Write the migration that moves every account to the new schema';
    const text = `## Phase 1: A\n\n- [ ] T001 Short one\n- [ ] T002 ${long}\n`;
    const result = await pushTasks(text, adapter);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `${TASKS}:4:1 warning T002: title is ${'T002 '.length + long.length} characters; shortened with … to the tracker's 40`,
    );
    const item = adapter.byKey('001-a/T002')!;
    expect(item.fields.title).toBe('T002 Write the migration that moves…');
    expect([...item.fields.title].length).toBeLessThanOrEqual(40);
    expect(item.body).toContain(long);
    expect(result.tasks).toContain('T002 Write the migration');

    // The shortened title is what was hashed: the next push changes nothing.
    const again = await repo!.cli(['push'], { adapters: { memory: () => adapter } });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');
    expect(adapter.byKey('001-a/T002')!.fields.title).toBe(item.fields.title);
  });

  it('a title that cannot be shortened safely is reported with its position: exit 2, nothing written', async () => {
    // Two phases whose titles agree up to the limit would become two groups with one title
    // (a tracker such as GitHub refuses the second milestone).
    const adapter = new MemoryAdapter();
    (adapter.kinds as { group: KindSpec }).group = {
      ...adapter.kinds.group,
      maxTitleLength: 30,
    };
    const text =
      '## Phase 1: Build the account migration tooling\n\n- [ ] T001 One\n\n' +
      '## Phase 2: Build the account migration rollout\n\n- [ ] T002 Two\n';
    const result = await pushTasks(text, adapter, { title: { group: '{title}' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `${TASKS}:5:1 error 001-a/phase-2: title is \\d+ characters; the tracker accepts at most 30`,
      ),
    );
    expect(adapter.writes).toBe(0);
    expect(result.tasks).toBe(text);
  });
});
