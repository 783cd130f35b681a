import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { makeRepo, type Repo } from '../run-cli.js';

const TASKS = 'specs/001-a/tasks.md';
// `café` saved as Latin-1: 0xE9 alone is not UTF-8.
const BYTES = Buffer.concat([
  Buffer.from('## Phase 1: Setup\n\n- [ ] T001 Open the caf', 'utf8'),
  Buffer.from([0xe9]),
  Buffer.from('\n- [ ] T002 Serve ☕ coffee\n', 'utf8'),
]);

let repo: Repo;
let adapter: MemoryAdapter;
beforeEach(async () => {
  repo = await makeRepo({ '.planrc.json': JSON.stringify({ tracker: 'memory' }) });
  await repo.write(TASKS, '');
  await writeFile(path.join(repo.dir, TASKS), BYTES);
  adapter = new MemoryAdapter();
});
afterEach(async () => {
  await repo.remove();
});

describe('case 19: a plan that is not valid UTF-8', () => {
  it('is refused with the position of the bad byte: exit 2, nothing written', async () => {
    const result = await repo.cli(['push'], { adapters: { memory: () => adapter } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${TASKS}:3:24 error not valid UTF-8`);
    expect(adapter.writes).toBe(0);
    expect((await readFile(path.join(repo.dir, TASKS))).equals(BYTES)).toBe(true);
  });

  it('is refused by lint and parse too', async () => {
    expect((await repo.cli(['lint'])).code).toBe(2);
    const parsed = await repo.cli(['parse', 'specs/001-a']);
    expect(parsed.code).toBe(2);
    expect(parsed.stderr).toContain(`${TASKS}:3:24 error not valid UTF-8`);
  });

  it('still reads a UTF-8 file with a BOM, keeping the BOM', async () => {
    await writeFile(
      path.join(repo.dir, TASKS),
      '\uFEFF## Phase 1: Setup\n\n- [ ] T001 Open the café\n',
    );
    const result = await repo.cli(['push'], { adapters: { memory: () => adapter } });
    expect(result.code).toBe(0);
    const text = await repo.read(TASKS);
    expect(text.startsWith('\uFEFF## Phase 1')).toBe(true);
    expect(text).toContain('T001 Open the café [#2](https://tracker.test/items/2)');
  });
});
