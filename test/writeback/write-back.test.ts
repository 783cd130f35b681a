import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
