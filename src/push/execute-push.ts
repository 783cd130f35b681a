import { type Applied, type ApplyReport, applyChangesets } from '../sync/apply-changesets.js';
import type { Adapter } from '../sync/types.js';
import type { PreparedFeature } from './prepare-push.js';
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
  features: PreparedFeature[],
  options: {
    concurrency: number;
    onProgress?: (progress: { done: number; total: number; applied: Applied }) => void;
  },
): Promise<PushReport> {
  const byId = new Map(features.map((f) => [f.result.feature.id, f]));
  const written = new Set<string>();
  // Batches can finish together; write-back of one file must not interleave with itself.
  let queue: Promise<void> = Promise.resolve();
  const recordFeature = (feature: PreparedFeature) => {
    queue = queue.then(async () => {
      const refs = writeBackRefs(feature.result.feature, feature.known, adapter);
      for (const file of await feature.recorder.record(refs)) written.add(file);
    });
    return queue;
  };

  const report = await applyChangesets(
    adapter,
    features.map((f) => f.changeset),
    {
      concurrency: options.concurrency,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onBatch: async (batch) => {
        const touched = new Set<PreparedFeature>();
        for (const entry of batch) {
          const feature = byId.get(entry.feature);
          if (!feature || !entry.item) continue;
          feature.known.set(entry.op.key, entry.item);
          touched.add(feature);
        }
        for (const feature of touched) await recordFeature(feature);
      },
    },
  );
  // Links for items that already existed (a lost link, a crash before write-back last time).
  for (const feature of features) await recordFeature(feature);
  return { ...report, written: [...written] };
}
