import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/plan/line-index.js';
import type { Block } from '../../src/plan/outline.js';
import { parseFeature } from '../../src/plan/parse-feature.js';
import { readOutline } from '../../src/plan/read-outline.js';
import type { ParseResult } from '../../src/plan/types.js';
import { markdownDocument } from './markdown-documents.js';
import { remarkOutline } from './remark-outline.js';

/**
 * plansync reads markdown with markdown-it's block rules for speed; remark, the reference
 * CommonMark implementation, is the oracle. Both must give the same tasks, phases, spans and
 * link sites, or write-back would splice at a different byte than the parser read.
 */
const corpus = new URL('../corpus/', import.meta.url);
const corpusFiles = readdirSync(corpus).filter((name) => /^\d.*\.md$/.test(name));

function bothWays(path: string, text: string): [ParseResult, ParseResult] {
  const doc = { path, text };
  const input = /-plan/.test(path) ? { dir: 'f', plan: doc } : { dir: 'f', tasks: doc };
  const fast = parseFeature(input);
  const oracle = parseFeature(input, { outline: remarkOutline });
  delete fast.sources;
  delete oracle.sources;
  return [fast, oracle];
}

/** Empty table cells have no position worth comparing: remark puts them after the pipe. */
function comparable(blocks: Block[]): unknown[] {
  return blocks.map((block) =>
    block.kind === 'row'
      ? { ...block, cells: block.cells.map((c) => (c.start === c.end ? 'empty' : c)) }
      : block,
  );
}

describe('markdown-it against remark', () => {
  it.each(corpusFiles)('reads the same blocks from %s', (file) => {
    const text = readFileSync(new URL(file, corpus), 'utf8');
    expect(comparable(readOutline(text, lineIndex(text)).blocks)).toEqual(
      comparable(remarkOutline(text).blocks),
    );
  });

  it.each(corpusFiles)('reads the same model and problems from %s', (file) => {
    const [fast, oracle] = bothWays(file, readFileSync(new URL(file, corpus), 'utf8'));
    expect(fast).toEqual(oracle);
  });

  it('reads the same model from generated documents with every kind of block', () => {
    fc.assert(
      fc.property(markdownDocument(), ({ text, kind }) => {
        const [fast, oracle] = bothWays(kind === 'plan' ? 'f/plan.md' : 'f/tasks.md', text);
        expect(fast.feature).toEqual(oracle.feature);
        expect(comparable(readOutline(text, lineIndex(text)).blocks)).toEqual(
          comparable(remarkOutline(text).blocks),
        );
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
