/**
 * One half of `compare-builds`: the parse tables of the build in `<tree>` (a checkout with
 * `dist/` and `dist-dev/` built), printed as `npm run bench` prints them. Run as its own
 * process so that no build shares a heap or compiled code with another.
 *
 *   node --expose-gc dist-dev/bench/compare-one.js <tree> <in-process|process>
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { benchParseDiff as BenchParseDiff } from './bench-parse-diff.js';
import type { benchParseProcess as BenchParseProcess } from './bench-parse-process.js';
import { parseDiffTable, processTable } from './parse-tables.js';

const [tree = '.', what = 'in-process'] = process.argv.slice(2);
const sizes = [1_000, 10_000, 50_000];
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const from = (file: string): string =>
  pathToFileURL(join(resolve(tree), 'dist-dev/bench', file)).href;

const started = load();
if (what === 'in-process') {
  const { benchParseDiff } = (await import(from('bench-parse-diff.js'))) as {
    benchParseDiff: typeof BenchParseDiff;
  };
  const runs = (size: number) => (size >= 50_000 ? 3 : size >= 10_000 ? 7 : 15);
  console.log(parseDiffTable(sizes.map((size) => benchParseDiff(size, runs(size)))));
} else {
  const { benchParseProcess } = (await import(from('bench-parse-process.js'))) as {
    benchParseProcess: typeof BenchParseProcess;
  };
  console.log(processTable(benchParseProcess(sizes, 5)));
}
console.log(`(${tree}, ${what}: load average ${started} at the start, ${load()} at the end)`);
