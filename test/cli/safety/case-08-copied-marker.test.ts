import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
beforeEach(async () => {
  ({ repo, adapter, adapters } = await memoryRepo());
  expect((await repo.cli(['push'], { adapters })).code).toBe(0);
});
afterEach(() => repo.remove());

describe('case 8: a second item carrying an existing key converges, and never flips back', () => {
  it('closes the copy as a duplicate naming the one kept; the plan keeps its link; reruns change nothing', async () => {
    const original = adapter.byKey('001-a/T001')!;
    // A person copies the issue, marker and all.
    const copy = adapter.seed({ ...original.fields }, null);
    copy.body = original.body;
    const linked = await repo.read(TASKS);

    const first = await repo.cli(['push'], { adapters });

    expect(first.code).toBe(0);
    expect(copy.fields.state).toBe('closed');
    expect(copy.comments.join('\n')).toContain(`#${original.id}`);
    expect(original.fields.state).toBe('open');
    expect(await repo.read(TASKS)).toBe(linked);

    for (let run = 0; run < 2; run++) {
      const again = await repo.cli(['push'], { adapters });
      expect(again.code).toBe(0);
      expect(again.stdout.trim()).toBe('No changes.');
      expect(copy.fields.state).toBe('closed');
      expect(original.fields.state).toBe('open');
      expect(await repo.read(TASKS)).toBe(linked);
    }
  });

  it('when the plan links the copy, the link moves to the one kept, not to the one closed', async () => {
    const original = adapter.byKey('001-a/T001')!;
    const copy = adapter.seed({ ...original.fields }, null);
    copy.body = original.body;
    const linked = await repo.read(TASKS);
    const toCopy = linked
      .replace(`items/${original.id})`, `items/${copy.id})`)
      .replace(`[#${original.id}]`, `[#${copy.id}]`);
    await repo.write(TASKS, toCopy);

    expect((await repo.cli(['push'], { adapters })).code).toBe(0);

    expect(copy.fields.state).toBe('closed');
    expect(original.fields.state).toBe('open');
    expect(await repo.read(TASKS)).toBe(linked);
    const again = await repo.cli(['push'], { adapters });
    expect(again.stdout.trim()).toBe('No changes.');
  });
});
