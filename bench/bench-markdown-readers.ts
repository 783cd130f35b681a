import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lineIndex } from '../src/plan/line-index.js';
import { readOutline } from '../src/plan/read-outline.js';
import { generateFeature } from './generate-feature.js';
import { median } from './median.js';

export interface ReaderResult {
  reader: string;
  tasks: number;
  /** Median of the timed runs, and the first (cold) run, in milliseconds. */
  warmMs: number;
  coldMs: number;
}

/**
 * The choice of markdown reader, measured: remark (the syntax tree the parser used to build,
 * with GFM tables and front matter) against markdown-it's block rules (what it reads now), on
 * the same generated task list.
 */
export function benchMarkdownReaders(tasks: number, runs: number): ReaderResult[] {
  const text = generateFeature({ tasks, phaseSize: 20 }).tasks;
  const remark = unified()
    .use(remarkParse)
    .use(function tables(this: ReturnType<typeof unified>) {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfmTable());
      (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
    })
    .use(remarkFrontmatter, ['yaml', 'toml']);
  const readers: [string, () => unknown][] = [
    ['markdown-it block rules (readOutline)', () => readOutline(text, lineIndex(text))],
    ['remark syntax tree (remark-parse + GFM tables)', () => remark.parse(text)],
  ];
  return readers.map(([reader, read]) => {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const start = performance.now();
      read();
      times.push(performance.now() - start);
    }
    return { reader, tasks, coldMs: times[0] ?? NaN, warmMs: median(times.slice(1)) };
  });
}
