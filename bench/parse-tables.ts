/** The two parse tables, laid out once for `npm run bench` and `compare-builds`. */
import type { ParseDiffResult } from './bench-parse-diff.js';
import type { ProcessResult } from './bench-parse-process.js';
import { formatTable } from './format-table.js';

export const ms = (value: number): string => value.toFixed(1);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

export function parseDiffTable(results: ParseDiffResult[]): string {
  const headers = ['tasks', 'phases', 'runs', 'parse', 'desired', 'diff empty', 'diff same'];
  return formatTable(
    [...headers, 'total', 'peak rss', 'peak heap', 'max rss'],
    results.map((r) => [
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
    ]),
  );
}

export function processTable(results: ProcessResult[]): string {
  return formatTable(
    ['command', 'tasks', 'runs', 'wall ms', 'cpu ms', 'max rss'],
    results.map((r) => [r.label, r.tasks, r.runs, ms(r.wallMs), ms(r.cpuMs), mb(r.maxRss)]),
  );
}
