import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';
import { LinkRecorder } from '../../src/writeback/link-recorder.js';
import type { WriteBackRefs } from '../../src/writeback/plan-edits.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plansync-writeback-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = '# Tasks\n\n- [ ] T001 Create project structure\n- [ ] T002 Add CI\n';
const issue = (n: number) => ({ text: `#${n}`, url: `https://github.com/acme/app/issues/${n}` });
const refs = (entries: [string, number][]): WriteBackRefs => ({
  tasks: new Map(entries.map(([id, n]) => [id, issue(n)])),
  phases: new Map(),
});

/** tasks.md on disk, parsed, with a recorder over it (paths relative to `dir`). */
async function setup(content = text) {
  await writeFile(join(dir, 'tasks.md'), content);
  const parsed = parseFeature({ dir: '.', tasks: { path: 'tasks.md', text: content } });
  return new LinkRecorder(parsed.feature, parsed.sources ?? {}, dir);
}

describe('LinkRecorder', () => {
  it('writes links as results arrive, each time from the parsed text, leaving no temp file', async () => {
    const recorder = await setup();

    expect(await recorder.record(refs([['T001', 7]]))).toEqual(['tasks.md']);
    expect(await readFile(join(dir, 'tasks.md'), 'utf8')).toBe(
      text.replace('structure', 'structure [#7](https://github.com/acme/app/issues/7)'),
    );
    expect(
      await recorder.record(
        refs([
          ['T001', 7],
          ['T002', 8],
        ]),
      ),
    ).toEqual(['tasks.md']);
    expect(await readFile(join(dir, 'tasks.md'), 'utf8')).toBe(
      '# Tasks\n\n- [ ] T001 Create project structure [#7](https://github.com/acme/app/issues/7)\n' +
        '- [ ] T002 Add CI [#8](https://github.com/acme/app/issues/8)\n',
    );
    expect(await readdir(dir)).toEqual(['tasks.md']);
  });

  it('previews what would change without touching the file', async () => {
    const recorder = await setup();
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(join(dir, 'tasks.md'), old, old);

    const [change] = recorder.preview(refs([['T002', 8]]));

    expect(change?.after).toContain('Add CI [#8](https://github.com/acme/app/issues/8)');
    expect(await readFile(join(dir, 'tasks.md'), 'utf8')).toBe(text);
    expect((await stat(join(dir, 'tasks.md'))).mtimeMs).toBe(old.getTime());
  });

  it('refuses to clobber a file a person edited during the push', async () => {
    const recorder = await setup();
    await recorder.record(refs([['T001', 7]]));
    await writeFile(join(dir, 'tasks.md'), '- [ ] T001 Edited by hand\n');

    await expect(
      recorder.record(
        refs([
          ['T001', 7],
          ['T002', 8],
        ]),
      ),
    ).rejects.toThrow(/tasks\.md changed on disk while plansync was running/);
    expect(await readFile(join(dir, 'tasks.md'), 'utf8')).toBe('- [ ] T001 Edited by hand\n');
  });

  it('writes nothing when there are no references', async () => {
    const recorder = await setup();
    expect(await recorder.record(refs([]))).toEqual([]);
  });
});

describe('write-back on parsed documents', () => {
  it('leaves the files byte-identical, with the same mtime, on a second push with nothing new', async () => {
    const plan = '# Plan\r\n\r\n### Phase 1: Setup\r\n\r\n- Tasks: T001-T001';
    await writeFile(join(dir, 'plan.md'), plan);
    await writeFile(
      join(dir, 'tasks.md'),
      '## Phase 1: Setup\r\n\r\n- [ ] T001 Create project structure\r\n',
    );
    const recorderNow = async () => {
      const parsed = parseFeature({
        dir: '.',
        plan: { path: 'plan.md', text: await readFile(join(dir, 'plan.md'), 'utf8') },
        tasks: { path: 'tasks.md', text: await readFile(join(dir, 'tasks.md'), 'utf8') },
      });
      return new LinkRecorder(parsed.feature, parsed.sources ?? {}, dir);
    };
    const all: WriteBackRefs = {
      tasks: new Map([['T001', issue(1)]]),
      phases: new Map([
        [
          '1',
          {
            milestone: { text: 'Phase 1: Setup', url: 'https://github.com/acme/app/milestone/1' },
            issues: [issue(1)],
          },
        ],
      ]),
    };

    expect((await (await recorderNow()).record(all)).sort()).toEqual(['plan.md', 'tasks.md']);
    expect(await readFile(join(dir, 'plan.md'), 'utf8')).toBe(
      `${plan}\r\n- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\r\n` +
        '- Issues: [#1](https://github.com/acme/app/issues/1)',
    );

    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(join(dir, 'plan.md'), old, old);
    await utimes(join(dir, 'tasks.md'), old, old);
    expect(await (await recorderNow()).record(all)).toEqual([]);
    expect((await stat(join(dir, 'plan.md'))).mtimeMs).toBe(old.getTime());
    expect((await stat(join(dir, 'tasks.md'))).mtimeMs).toBe(old.getTime());
  });
});
