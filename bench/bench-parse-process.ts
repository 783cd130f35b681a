import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFeature } from './generate-feature.js';
import { median } from './median.js';

export interface ProcessResult {
  /** What ran: `parse` of N tasks, or `--version` for the cost of starting the CLI at all. */
  label: string;
  tasks: number;
  runs: number;
  /** Medians: wall-clock from spawn to exit, and the CPU the process used (user + system). */
  wallMs: number;
  cpuMs: number;
  /** The child's resident-memory high-water mark, in bytes (median over runs). */
  maxRss: number;
}

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const bin = join(repo, 'bin/plansync.js');

/**
 * The child reports its own CPU time and peak memory as it exits: spawnSync gives neither,
 * and `/usr/bin/time` is not everywhere.
 */
const REPORTER = `process.on('exit', () => {
  const cpu = process.cpuUsage();
  require('node:fs').writeFileSync(process.env.PLANSYNC_BENCH_OUT,
    JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, maxRss: process.resourceUsage().maxRSS * 1024 }));
});`;

/** `node bin/plansync.js parse specs/<feature> --json` as a user runs it, start-up included. */
export function benchParseProcess(sizes: number[], runs: number): ProcessResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'plansync-bench-'));
  try {
    const reporter = join(dir, 'report.cjs');
    const out = join(dir, 'out.json');
    writeFileSync(reporter, REPORTER);
    const measure = (label: string, tasks: number, args: string[]): ProcessResult => {
      const wall: number[] = [];
      const cpu: number[] = [];
      const rss: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const child = spawnSync(process.execPath, ['--require', reporter, bin, ...args], {
          cwd: dir,
          env: { ...process.env, PLANSYNC_BENCH_OUT: out, NO_COLOR: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
        });
        wall.push(performance.now() - start);
        if (child.status !== 0) throw new Error(`${label} exited ${child.status}: ${child.stderr}`);
        const report = JSON.parse(readFileSync(out, 'utf8')) as { cpuMs: number; maxRss: number };
        cpu.push(report.cpuMs);
        rss.push(report.maxRss);
      }
      return { label, tasks, runs, wallMs: median(wall), cpuMs: median(cpu), maxRss: median(rss) };
    };

    const results = [measure('--version', 0, ['--version'])];
    for (const tasks of sizes) {
      const generated = generateFeature({ tasks, phaseSize: 20 });
      const feature = join(dir, 'specs', generated.id);
      mkdirSync(feature, { recursive: true });
      writeFileSync(join(feature, 'plan.md'), generated.plan);
      writeFileSync(join(feature, 'tasks.md'), generated.tasks);
      results.push(measure('parse --json', tasks, ['parse', `specs/${generated.id}`, '--json']));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
