import { type Applied, type ApplyReport, applyChangesets } from '../sync/apply-changesets.js';
import type { Adapter } from '../sync/types.js';
import type { PreparedPush } from './prepare-push.js';
import type { Repository } from './repository.js';
import { sourceFooter } from './repository.js';
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
  // Batches can finish together; write-back of one file must not interleave with itself.
  let queue: Promise<void> = Promise.resolve();
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
        const touched = new Set(
          batch.filter((entry) => entry.item).map((entry) => byId.get(entry.feature)),
        );
        for (const feature of touched) {
          if (feature) queue = queue.then(() => record(feature));
        }
        await queue;
      },
    },
  );
  // Links for items that already existed (a lost link, a crash before write-back last time).
  for (const feature of features) await record(feature);
  return { ...report, written: [...written] };
}
