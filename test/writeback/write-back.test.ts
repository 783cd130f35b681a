import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';
import { writeBack } from '../../src/writeback/write-back.js';
import type { WriteBackRefs } from '../../src/writeback/plan-edits.js';
import { endOfLine, feature, task } from './sites.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plansync-writeback-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = '# Tasks\n\n- [ ] T001 Create project structure\n';
const link = ' [#7](https://github.com/acme/app/issues/7)';
const refs: WriteBackRefs = {
  tasks: new Map([['T001', { text: '#7', url: 'https://github.com/acme/app/issues/7' }]]),
  phases: new Map(),
};

async function setup(content = text) {
  const file = join(dir, 'tasks.md');
  await writeFile(file, content);
  const site = { file, insertAt: endOfLine(content, 'T001'), existing: null };
  return { file, f: feature([task('T001', site)]) };
}

describe('writeBack', () => {
  it('writes the links and reports the file as written', async () => {
    const { file, f } = await setup();
    const results = await writeBack(f, refs, { dryRun: false, sources: { [file]: text } });

    expect(results).toEqual([
      {
        file,
        before: text,
        after: text.replace('structure', `structure${link}`),
        status: 'written',
      },
    ]);
    expect(await readFile(file, 'utf8')).toBe(text.replace('structure', `structure${link}`));
    expect(await readdir(dir)).toEqual(['tasks.md']);
  });

  it('writes nothing in a dry run but shows what would change', async () => {
    const { file, f } = await setup();
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(file, old, old);

    const [result] = await writeBack(f, refs, { dryRun: true });

    expect(result?.status).toBe('would-write');
    expect(result?.after).toContain(link);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await stat(file)).mtimeMs).toBe(old.getTime());
  });

  it('refuses to clobber a file a person edited after it was parsed', async () => {
    const { file, f } = await setup();
    await writeFile(file, '# Tasks\n\n- [ ] T001 Create the project structure, edited\n');

    await expect(writeBack(f, refs, { dryRun: false, sources: { [file]: text } })).rejects.toThrow(
      /changed during the push.*Re-run/,
    );
    expect(await readFile(file, 'utf8')).toContain('edited');
  });

  it('notices an edit that moved the task even without the parsed text', async () => {
    const { file, f } = await setup();
    await writeFile(file, '- [ ] T001 Create project structure\n');

    await expect(writeBack(f, refs, { dryRun: false })).rejects.toThrow(/changed during the push/);
    expect(await readFile(file, 'utf8')).toBe('- [ ] T001 Create project structure\n');
  });

  it('returns nothing and writes nothing when there are no references', async () => {
    const { f } = await setup();
    expect(await writeBack(f, { tasks: new Map(), phases: new Map() }, { dryRun: false })).toEqual(
      [],
    );
  });
});

describe('writeBack on parsed documents', () => {
  it('leaves the files byte-identical, with the same mtime, on a second push with nothing new', async () => {
    const planPath = join(dir, 'plan.md');
    const tasksPath = join(dir, 'tasks.md');
    await writeFile(planPath, '# Plan\r\n\r\n### Phase 1: Setup\r\n\r\n- Tasks: T001-T001');
    await writeFile(tasksPath, '## Phase 1: Setup\r\n\r\n- [ ] T001 Create project structure\r\n');
    const parseNow = async () => {
      const plan = await readFile(planPath, 'utf8');
      const tasks = await readFile(tasksPath, 'utf8');
      return parseFeature({
        dir,
        plan: { path: planPath, text: plan },
        tasks: { path: tasksPath, text: tasks },
      });
    };
    const issue = { text: '#1', url: 'https://github.com/acme/app/issues/1' };
    const refs: WriteBackRefs = {
      tasks: new Map([['T001', issue]]),
      phases: new Map([
        [
          '1',
          {
            milestone: { text: 'Phase 1: Setup', url: 'https://github.com/acme/app/milestone/1' },
            issues: [issue],
          },
        ],
      ]),
    };

    const first = await parseNow();
    const written = await writeBack(first.feature, refs, { dryRun: false, sources: first.sources });
    expect(written.map((r) => r.status)).toEqual(['written', 'written']);
    expect(await readFile(planPath, 'utf8')).toBe(
      '# Plan\r\n\r\n### Phase 1: Setup\r\n\r\n- Tasks: T001-T001\r\n' +
        '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\r\n' +
        '- Issues: [#1](https://github.com/acme/app/issues/1)',
    );

    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(planPath, old, old);
    await utimes(tasksPath, old, old);
    const second = await parseNow();
    expect(await writeBack(second.feature, refs, { dryRun: false })).toEqual([]);
    expect((await stat(planPath)).mtimeMs).toBe(old.getTime());
    expect((await stat(tasksPath)).mtimeMs).toBe(old.getTime());
  });
});
