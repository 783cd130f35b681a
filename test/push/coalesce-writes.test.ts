import { describe, expect, it } from 'vitest';
import { coalesceWrites } from '../../src/apply/coalesce-writes.js';

describe('coalesceWrites', () => {
  it('writes the first change at once, then at most once per interval, and everything on drain', async () => {
    let clock = 0;
    const flushed: string[][] = [];
    const writer = coalesceWrites<string>(
      async (items) => {
        flushed.push([...items]);
      },
      250,
      () => clock,
    );
    writer.touch('a');
    await Promise.resolve();
    clock = 10;
    writer.touch('b');
    writer.touch('c');
    writer.touch('b');
    expect(flushed).toEqual([['a']]);
    await writer.drain();
    expect(flushed).toEqual([['a'], ['b', 'c']]);
    await writer.drain();
    expect(flushed).toHaveLength(2);
  });

  it('reports a failed write when drained', async () => {
    const writer = coalesceWrites<string>(async () => {
      throw new Error('disk full');
    }, 250);
    writer.touch('a');
    await expect(writer.drain()).rejects.toThrow('disk full');
  });
});
