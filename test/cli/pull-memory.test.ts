import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeMarker } from '../../src/contract/marker.js';
import { MemoryAdapter } from '../support/memory-adapter.js';
import { makeRepo, type Repo, TASKS_MD } from './run-cli.js';

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };
const TASKS = 'specs/001-a/tasks.md';

beforeEach(async () => {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'memory' }),
    'specs/001-a/tasks.md': TASKS_MD,
  });
  adapter = new MemoryAdapter();
  adapters = { memory: () => adapter };
  expect((await repo.cli(['push'], { adapters })).code).toBe(0);
  adapter.resetCounts();
});
afterEach(async () => {
  await repo.remove();
});

/** What a person does on the tracker. */
function closeOnTracker(key: string, closedAs: 'completed' | 'not-planned' = 'completed') {
  const item = adapter.byKey(key)!;
  item.fields.state = 'closed';
  item.closedAs = closedAs;
}
function reopenOnTracker(key: string) {
  const item = adapter.byKey(key)!;
  item.fields.state = 'open';
  delete item.closedAs;
}

/** The positions at which two texts differ. */
function changedOffsets(before: string, after: string): number[] {
  expect(after.length).toBe(before.length);
  return [...before].flatMap((ch, i) => (after[i] === ch ? [] : [i]));
}

describe('plansync pull through the in-memory tracker', () => {
  it('checks the box of a task closed as completed, and changes no other byte', async () => {
    const before = await repo.read(TASKS);
    closeOnTracker('001-a/T001');
    const result = await repo.cli(['pull'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[x] T001 Create project structure (#3 closed as completed)');
    expect(result.stdout).toContain('Pull: 1 checked, 0 unchecked, 0 not planned, 0 conflicts.');
    const after = await repo.read(TASKS);
    const offsets = changedOffsets(before, after);
    expect(offsets).toEqual([before.indexOf('- [ ] T001') + 3]);
    expect(after[offsets[0]!]).toBe('x');
  });

  it('unchecks the box of a task reopened on the tracker', async () => {
    reopenOnTracker('001-a/T005');
    const result = await repo.cli(['pull'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[ ] T005 User service (#7 reopened)');
    expect(await repo.read(TASKS)).toContain('- [ ] T005 [US1] User service (depends on T004)');
  });

  it('reports a task closed as not planned and leaves its box alone', async () => {
    const before = await repo.read(TASKS);
    const mtime = await repo.mtime(TASKS);
    closeOnTracker('001-a/T002', 'not-planned');
    const result = await repo.cli(['pull'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('T002 Configure linting (#4 closed as not planned');
    expect(await repo.read(TASKS)).toBe(before);
    expect(await repo.mtime(TASKS)).toBe(mtime);
  });

  it('leaves the file untouched and writes nothing to the tracker when nothing changed', async () => {
    const mtime = await repo.mtime(TASKS);
    const result = await repo.cli(['pull'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('Plan matches the tracker.');
    expect(await repo.mtime(TASKS)).toBe(mtime);
    expect(adapter.writes).toBe(0);
  });

  it('makes the next push a no-op, and a later edit of the box a plain update', async () => {
    closeOnTracker('001-a/T001');
    await repo.cli(['pull'], { adapters });
    adapter.resetCounts();
    const push = await repo.cli(['push'], { adapters });
    expect(push.code).toBe(0);
    expect(push.stdout.trim()).toBe('No changes.');
    expect(adapter.writes).toBe(0);
    // The marker learnt the state, so unchecking the box again reopens the issue (not drift).
    await repo.write(TASKS, (await repo.read(TASKS)).replace('- [x] T001', '- [ ] T001'));
    const again = await repo.cli(['push'], { adapters });
    expect(again.stdout).toContain(
      'Plan: 0 to create, 0 to update, 0 to close, 1 to reopen, 0 conflicts.',
    );
    expect(again.stdout).toMatch(/↺ T001/);
    expect(adapter.byKey('001-a/T001')!.fields.state).toBe('open');
  });

  it('prints the diff with --dry-run and writes nothing anywhere', async () => {
    const before = await repo.read(TASKS);
    const mtime = await repo.mtime(TASKS);
    closeOnTracker('001-a/T003');
    const result = await repo.cli(['pull', '--dry-run'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a/specs/001-a/tasks.md\n+++ b/specs/001-a/tasks.md');
    expect(result.stdout).toContain('-- [ ] T003 Add CI workflow (depends on T001)');
    expect(result.stdout).toContain('+- [x] T003 Add CI workflow (depends on T001)');
    expect(await repo.read(TASKS)).toBe(before);
    expect(await repo.mtime(TASKS)).toBe(mtime);
    expect(adapter.writes).toBe(0);
  });

  it('leaves a box changed in the plan since the last push for push to send', async () => {
    const edited = (await repo.read(TASKS)).replace('- [ ] T002', '- [x] T002');
    await repo.write(TASKS, edited);
    const result = await repo.cli(['pull'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('~ T002 Configure linting (box changed in the plan');
    expect(await repo.read(TASKS)).toBe(edited);
  });

  it('reports a conflict, writes nothing and exits 3 when the marker cannot tell who moved', async () => {
    const before = await repo.read(TASKS);
    // A marker without a state hash (written by an older version): plan and tracker disagree
    // and neither is known to be the one that changed.
    const item = adapter.byKey('001-a/T002')!;
    const marker = adapter.markerOf(item)!;
    delete marker.hashes.state;
    adapter.setMarker(item, encodeMarker(marker));
    closeOnTracker('001-a/T002');
    closeOnTracker('001-a/T001');
    const result = await repo.cli(['pull'], { adapters });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('! T002 Configure linting (conflict');
    expect(result.stdout).toContain('Pull: 1 checked, 0 unchecked, 0 not planned, 1 conflict.');
    const after = await repo.read(TASKS);
    // The other task is still brought along; the conflicting box is not.
    expect(changedOffsets(before, after)).toEqual([before.indexOf('- [ ] T001') + 3]);
  });
});
