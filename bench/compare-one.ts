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
import { formatTable } from './format-table.js';

const [tree = '.', what = 'in-process'] = process.argv.slice(2);
const sizes = [1_000, 10_000, 50_000];
const ms = (value: number): string => value.toFixed(1);
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
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
  const rows = sizes.map((size) => {
    const r = benchParseDiff(size, size >= 50_000 ? 3 : size >= 10_000 ? 7 : 15);
    return [
      r.tasks,
      r.phases,
      r.runs,
      ms(r.parseMs),
      ms(r.desiredMs),
      ms(r.diffEmptyMs),
      ms(r.diffUnchangedMs),
      ms(r.totalMs),
      mb(r.peakRss),
      mb(r.peakHeapUsed),
      mb(r.maxRss),
    ];
  });
  const headers = ['tasks', 'phases', 'runs', 'parse', 'desired', 'diff empty', 'diff same'];
  console.log(formatTable([...headers, 'total', 'peak rss', 'peak heap', 'max rss'], rows));
} else {
  const { benchParseProcess } = (await import(from('bench-parse-process.js'))) as {
    benchParseProcess: typeof BenchParseProcess;
  };
  const rows = benchParseProcess(sizes, 5).map((r) => [
    r.label,
    r.tasks,
    r.runs,
    ms(r.wallMs),
    ms(r.cpuMs),
    mb(r.maxRss),
  ]);
  console.log(formatTable(['command', 'tasks', 'runs', 'wall ms', 'cpu ms', 'max rss'], rows));
}
console.log(`(${tree}, ${what}: load average ${started} at the start, ${load()} at the end)`);
