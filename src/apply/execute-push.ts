import { type Applied, type ApplyReport, applyChangesets } from './apply-changesets.js';
import type { Adapter } from '../diff/types.js';
import type { PreparedPush } from '../push/prepare-push.js';
import type { Repository } from '../push/repository.js';
import { sourceFooter } from '../push/repository.js';
import { coalesceWrites } from './coalesce-writes.js';
import { writeBackRefs } from './write-back-refs.js';

export interface PushReport extends ApplyReport {
  /** Plan files whose links changed. */
  written: string[];
}

/**
 * Applies the changesets and records links as each batch returns: a crash loses at most what
 * was in flight, and the markers on the tracker recover that on the next run.
 */
export async function executePush(
  adapter: Adapter,
  prepared: PreparedPush,
  options: {
    concurrency: number;
    cwd: string;
    repository: Repository;
    /** Shortest time between two write-backs of the plan files (default 250 ms). */
    flushIntervalMs?: number;
    onProgress?: (progress: { done: number; total: number; applied: Applied }) => void;
  },
): Promise<PushReport> {
  const { features, known } = prepared;
  const byId = new Map(features.map((f) => [f.result.feature.id, f]));
  const written = new Set<string>();
  const record = async (feature: (typeof features)[number]) => {
    const refs = writeBackRefs(feature.result.feature, known);
    for (const file of await feature.recorder.record(refs)) written.add(file);
  };
  // Links are written a few times a second at most, never two writes at once, and always at
  // the end of the run or when it is interrupted.
  const writer = coalesceWrites<(typeof features)[number]>(async (touched) => {
    for (const feature of touched) await record(feature);
  }, options.flushIntervalMs ?? 250);
  const interrupted = (signal: NodeJS.Signals) => {
    void writer.drain().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const report = await applyChangesets(
    adapter,
    features.map((f) => f.changeset),
    {
      concurrency: options.concurrency,
      known,
      footer: sourceFooter(options.repository, options.cwd),
      namespace: options.repository.webUrl ?? '',
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onBatch: async (batch) => {
        for (const entry of batch) {
          const feature = entry.item ? byId.get(entry.feature) : undefined;
          if (feature) writer.touch(feature);
        }
      },
    },
  ).finally(() => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  });
  // Links for items that already existed (a lost link, a crash before write-back last time).
  for (const feature of features) writer.touch(feature);
  await writer.drain();
  return { ...report, written: [...written] };
}
