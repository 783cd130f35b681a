import { chmod, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/writeback/write-file-atomic.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plansync-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('does not touch a file whose bytes are already the same', async () => {
    const file = join(dir, 'tasks.md');
    await writeFile(file, '\uFEFF- [ ] T001 A\r\n');
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(file, old, old);

    expect(await writeFileAtomic(file, '\uFEFF- [ ] T001 A\r\n')).toBe('unchanged');
    expect((await stat(file)).mtimeMs).toBe(old.getTime());
  });

  it('replaces the content, keeps the file mode and leaves no temp file behind', async () => {
    const file = join(dir, 'plan.md');
    await writeFile(file, 'old\n');
    await chmod(file, 0o640);

    expect(await writeFileAtomic(file, 'new ✓\n')).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('new ✓\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['plan.md']);
  });

  it('leaves the original intact and removes the temp file when the rename fails', async () => {
    const file = join(dir, 'plan.md');
    await writeFile(file, 'original\n');
    const failingFs = {
      ...nodeFs,
      rename: async () => {
        throw new Error('disk said no');
      },
    };

    await expect(writeFileAtomic(file, 'replacement\n', { fs: failingFs })).rejects.toThrow(
      'disk said no',
    );
    expect(await readFile(file, 'utf8')).toBe('original\n');
    expect(await readdir(dir)).toEqual(['plan.md']);
  });

  it('refuses to write over a file that no longer holds the expected text', async () => {
    const file = join(dir, 'tasks.md');
    await writeFile(file, 'edited by a person\n');

    await expect(
      writeFileAtomic(file, 'with links\n', { expected: 'as parsed\n' }),
    ).rejects.toThrow(/changed during the push/);
    expect(await readFile(file, 'utf8')).toBe('edited by a person\n');
  });

  it('creates a file that does not exist yet', async () => {
    const file = join(dir, 'new.md');
    expect(await writeFileAtomic(file, 'hi\n')).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('hi\n');
  });
});
