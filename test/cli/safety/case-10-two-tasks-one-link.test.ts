import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => {
  ({ repo, adapter, adapters } = await memoryRepo());
  expect((await repo.cli(['push'], { adapters })).code).toBe(0);
  adapter.resetCounts();
});
afterEach(() => repo.remove());

describe('case 10: a copied task line still carrying another task’s link', () => {
  it('is a lint error naming both positions: exit 2, nothing written, the other task’s issue untouched', async () => {
    const text = await repo.read(TASKS);
    const t001Link = / \[#3\]\(https:\/\/tracker\.test\/items\/3\)/.exec(text)![0];
    // The person copies T001's line to make T006 and edits the text, keeping the link.
    const copied = text.replace(
      '## Phase 2: Core\n',
      `## Phase 2: Core\n\n- [ ] T006 Create the admin structure${t001Link}\n`,
    );
    await repo.write(TASKS, copied);
    const title = adapter.items.get('3')!.fields.title;

    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`${TASKS}:\\d+:1 error T006 links #3, which T001 at ${TASKS}:5:1 already links`),
    );
    expect(adapter.writes).toBe(0);
    expect(adapter.items.get('3')!.fields.title).toBe(title);
    expect(await repo.read(TASKS)).toBe(copied);
  });
});
