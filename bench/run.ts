/**
 * `npm run bench`: timings and request counts printed as tables. Nothing is asserted and
 * nothing is written into the repository; the targets are printed next to the figures.
 * `--quick` runs the small sizes only; `--parse-only` runs the two parse tables and stops.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { benchGitHubPush, noOpBudget, type PushResult } from './bench-github-push.js';
import { benchJiraPush } from './bench-jira-push.js';
import { benchMarkdownReaders } from './bench-markdown-readers.js';
import { benchLinearPush, linearCreateBudget, linearNoOpBudget } from './bench-linear-push.js';
import { benchParseDiff, type ParseDiffResult } from './bench-parse-diff.js';
import { benchParseProcess, type ProcessResult } from './bench-parse-process.js';
import { formatTable } from './format-table.js';
import { mb, ms, parseDiffTable, processTable } from './parse-tables.js';

const TARGET_TASKS = 10_000;
const PARSE_TARGET_MS = 1000;
const MEMORY_TARGET_BYTES = 200 * 1024 * 1024;
const LATENCY_MS = 20;

const quick = process.argv.includes('--quick');
const parseOnly = process.argv.includes('--parse-only');
const parseSizes = quick ? [1_000] : [1_000, 10_000, 50_000];
const PROCESS_TARGET_MS = 1000;
const pushSizes = quick ? [50] : [50, 500];

const met = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
/** Times on a shared machine mean little without the load they were taken under. */
const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`;

function printParseDiff(results: ParseDiffResult[]): boolean {
  console.log('\nParse + diff (in process; medians in ms; memory in MB)\n');
  console.log(parseDiffTable(results));
  let ok = true;
  for (const r of results) {
    const expected = r.tasks + r.phases;
    if (r.creates !== expected || r.unchanged !== expected) {
      console.log(
        `  ${r.tasks} tasks: expected ${expected} creates and ${expected} unchanged, got ${r.creates} and ${r.unchanged}`,
      );
      ok = false;
    }
  }
  const target = results.find((r) => r.tasks === TARGET_TASKS);
  if (!target) {
    console.log(`\nThe parse + diff target applies to ${TARGET_TASKS} tasks: run without --quick.`);
    return ok;
  }
  const fast = target.totalMs < PARSE_TARGET_MS;
  const small = target.maxRss < MEMORY_TARGET_BYTES;
  console.log(
    `\nTarget for ${TARGET_TASKS} tasks: parsed and diffed in under ${PARSE_TARGET_MS} ms (${ms(target.totalMs)} ms: ${met(fast)}), ` +
      `in under ${mb(MEMORY_TARGET_BYTES)} MB (max rss ${mb(target.maxRss)} MB: ${met(small)}).`,
  );
  // A missed target is a finding to report, not a broken run.
  return ok;
}

function printPush(results: PushResult[], tracker = 'GitHub'): boolean {
  console.log(
    `\n${tracker} push over HTTP (real CLI, fake ${tracker} with ${LATENCY_MS} ms latency per request)\n`,
  );
  console.log(
    formatTable(
      ['tasks', 'phases', 'run', 'reads', 'writes', 'requests', 'wall ms', 'exit'],
      results.map((r) => [
        r.tasks,
        r.phases,
        r.run,
        r.reads,
        r.writes,
        r.reads + r.writes,
        ms(r.ms),
        String(r.code),
      ]),
    ),
  );
  for (const r of results) {
    if (r.writeRoutes.length === 0) continue;
    console.log(`  ${r.tasks} tasks, ${r.run} writes: ${r.writeRoutes.join(', ')}`);
  }
  let ok = true;
  for (const r of results) {
    if (r.error !== null) {
      console.log(
        `\n  ${r.tasks} tasks, ${r.run}: exit ${r.code}\n${r.error.replace(/^/gm, '    ')}`,
      );
      ok = false;
    }
  }
  return ok;
}

function printGitHubTargets(results: PushResult[]): void {
  console.log(
    '\nTarget for a no-op push: at most ⌈tasks/100⌉ + ⌈phases/100⌉ + 3 requests and zero writes.',
  );
  for (const r of results.filter((x) => x.run === 'no-op push')) {
    const budget = noOpBudget(r.tasks, r.phases);
    const good = r.writes === 0 && r.reads + r.writes <= budget;
    console.log(
      `  ${r.tasks} tasks: ${r.reads + r.writes} requests (budget ${budget}), ${r.writes} writes: ${met(good)}`,
    );
  }
}

function printLinearTargets(results: PushResult[]): void {
  console.log(
    '\nTargets: a no-op push makes at most ⌈tasks/250⌉ + ⌈phases/50⌉ + 3 requests and zero writes;' +
      ' a first push at most ⌈tasks/50⌉ issueBatchCreate requests.',
  );
  for (const r of results) {
    if (r.run === 'no-op push') {
      const budget = linearNoOpBudget(r.tasks, r.phases);
      const good = r.writes === 0 && r.reads + r.writes <= budget;
      console.log(
        `  ${r.tasks} tasks, no-op: ${r.reads + r.writes} requests (budget ${budget}), ${r.writes} writes: ${met(good)}`,
      );
    }
    if (r.run === 'first push') {
      const batches = Number(
        /PlansyncCreateIssues × (\d+)/.exec(r.writeRoutes.join(', '))?.[1] ?? 0,
      );
      const budget = linearCreateBudget(r.tasks);
      console.log(
        `  ${r.tasks} tasks, first push: ${batches} issueBatchCreate requests (budget ${budget}): ${met(batches <= budget)}`,
      );
    }
  }
}

function printProcess(results: ProcessResult[]): void {
  console.log('\nplansync parse as a whole process (node bin/plansync.js; medians)\n');
  console.log(processTable(results));
  const target = results.find((r) => r.tasks === TARGET_TASKS);
  if (!target) return;
  console.log(
    `\nTarget for ${TARGET_TASKS} tasks: \`plansync parse\` in under ${PROCESS_TARGET_MS} ms as a whole process ` +
      `(${ms(target.wallMs)} ms wall, ${ms(target.cpuMs)} ms cpu: ${met(target.wallMs < PROCESS_TARGET_MS)}).`,
  );
}

async function main(): Promise<number> {
  const cpu = cpus();
  console.log(
    `plansync benchmarks${quick ? ' (--quick)' : ''}${parseOnly ? ' (--parse-only)' : ''}: Node ${process.version}, ${process.platform}/${process.arch}, ` +
      `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${mb(totalmem())} MB RAM, ${load()}`,
  );
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    console.log('(run with node --expose-gc for memory figures that start from live data only)');
  }

  const parse = parseSizes.map((size) =>
    benchParseDiff(size, size >= 50_000 ? 3 : size >= 10_000 ? 7 : 15),
  );
  const parseOk = printParseDiff(parse);
  printProcess(benchParseProcess(parseSizes, 5));
  console.log(`\n(parse tables done at ${load()})`);
  if (parseOnly) return parseOk ? 0 : 1;

  const readerSize = quick ? 1_000 : TARGET_TASKS;
  console.log(
    `\nMarkdown readers on the same ${readerSize}-task list (ms; cold is the first run)\n`,
  );
  const readers = benchMarkdownReaders(readerSize, quick ? 3 : 5);
  console.log(
    formatTable(
      ['reader', 'tasks', 'cold', 'warm'],
      readers.map((r) => [r.reader, r.tasks, ms(r.coldMs), ms(r.warmMs)]),
    ),
  );

  const pushes: PushResult[] = [];
  for (const tasks of pushSizes) {
    console.log(`\n  pushing ${tasks} tasks…`);
    pushes.push(...(await benchGitHubPush({ tasks, phaseSize: 10, latencyMs: LATENCY_MS })));
  }
  const pushOk = printPush(pushes);
  printGitHubTargets(pushes);

  const linear: PushResult[] = [];
  for (const tasks of pushSizes) {
    console.log(`\n  pushing ${tasks} tasks to Linear…`);
    linear.push(...(await benchLinearPush({ tasks, phaseSize: 10, latencyMs: LATENCY_MS })));
  }
  const linearOk = printPush(linear, 'Linear');
  printLinearTargets(linear);

  const jira: PushResult[] = [];
  for (const tasks of pushSizes) {
    console.log(`\n  pushing ${tasks} tasks to Jira…`);
    jira.push(...(await benchJiraPush({ tasks, phaseSize: 10, latencyMs: LATENCY_MS })));
  }
  const jiraOk = printPush(jira, 'Jira Cloud');

  // Non-zero only when something broke (a failed push, a diff that did not do what it should).
  return parseOk && pushOk && linearOk && jiraOk ? 0 : 1;
}

process.exitCode = await main();
