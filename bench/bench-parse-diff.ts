import { parseFeature } from '../src/plan/parse-feature.js';
import { DEFAULT_DESIRED_OPTIONS, desiredItems } from '../src/diff/desired-items.js';
import { diff, type DiffOptions } from '../src/diff/diff.js';
import type { Changeset } from '../src/diff/types.js';
import { generateFeature } from './generate-feature.js';
import { median } from './median.js';
import { sampleMemory } from './sample-memory.js';
import { unchangedSnapshot } from './unchanged-snapshot.js';

export interface ParseDiffResult {
  tasks: number;
  phases: number;
  runs: number;
  /** Medians in milliseconds. */
  parseMs: number;
  desiredMs: number;
  diffEmptyMs: number;
  diffUnchangedMs: number;
  /** parse + desired items + the slower of the two diffs: one push's pure work. */
  totalMs: number;
  peakRss: number;
  peakHeapUsed: number;
  /** The process's RSS high-water mark as the OS counts it, across everything run so far. */
  maxRss: number;
  /** What the diffs returned, to show they did what the row claims. */
  creates: number;
  unchanged: number;
}

const REMOVED_LABEL = 'removed-from-plan';

/** Times the pure middle of a push (parse, desired items, diff) on a generated plan. */
export function benchParseDiff(tasks: number, runs: number): ParseDiffResult {
  const generated = generateFeature({ tasks, phaseSize: 20 });
  const dir = `specs/${generated.id}`;
  const input = {
    dir,
    plan: { path: `${dir}/plan.md`, text: generated.plan },
    tasks: { path: `${dir}/tasks.md`, text: generated.tasks },
  };
  const memory = sampleMemory();
  const times = {
    parse: [] as number[],
    desired: [] as number[],
    empty: [] as number[],
    same: [] as number[],
  };
  let last: { empty: Changeset; same: Changeset } | null = null;

  // Run 0 warms the JIT and builds the snapshot; it is not timed.
  const warm = parseFeature(input);
  if (warm.problems.some((p) => p.severity === 'error')) {
    throw new Error(`generated plan has problems: ${warm.problems[0]?.message}`);
  }
  const warmItems = desiredItems(warm.feature, DEFAULT_DESIRED_OPTIONS);
  const snapshot = unchangedSnapshot(warmItems);
  // As a push does: the plan's own labels are plansync's; with none owned, every label on the
  // tracker would read as a person's edit and the "unchanged" case would be all drift.
  const options: DiffOptions = {
    force: false,
    removed: 'close',
    ownedLabels: new Set([REMOVED_LABEL, ...warmItems.flatMap((item) => item.fields.labels)]),
    removedLabel: REMOVED_LABEL,
  };

  for (let run = 0; run < runs; run++) {
    memory.reset();
    let t = performance.now();
    const { feature } = parseFeature(input);
    times.parse.push(performance.now() - t);
    memory.sample();

    t = performance.now();
    const items = desiredItems(feature, DEFAULT_DESIRED_OPTIONS);
    times.desired.push(performance.now() - t);
    memory.sample();

    t = performance.now();
    const empty = diff({ feature: feature.id, items }, { items: [] }, options);
    times.empty.push(performance.now() - t);
    memory.sample();

    t = performance.now();
    const same = diff({ feature: feature.id, items }, snapshot, options);
    times.same.push(performance.now() - t);
    memory.sample();
    last = { empty, same };
  }

  const parseMs = median(times.parse);
  const desiredMs = median(times.desired);
  const diffEmptyMs = median(times.empty);
  const diffUnchangedMs = median(times.same);
  const peak = memory.peak();
  return {
    tasks,
    phases: generated.phases,
    runs,
    parseMs,
    desiredMs,
    diffEmptyMs,
    diffUnchangedMs,
    totalMs: parseMs + desiredMs + Math.max(diffEmptyMs, diffUnchangedMs),
    peakRss: peak.rss,
    peakHeapUsed: peak.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
    creates: last?.empty.operations.filter((op) => op.op === 'create').length ?? 0,
    unchanged: last?.same.operations.filter((op) => op.op === 'unchanged').length ?? 0,
  };
}
