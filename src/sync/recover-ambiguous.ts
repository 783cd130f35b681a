import type { Adapter, CreateRequest, RemoteItem, WriteResult } from './types.js';
import type { WriteOp } from './write-op.js';

/**
 * A create that failed ambiguously may have happened. Look for its marker before trying again,
 * so a dropped connection never produces a duplicate.
 */
export async function recoverAmbiguous(
  adapter: Adapter,
  batch: { feature: string; op: WriteOp }[],
  requests: CreateRequest[],
  results: WriteResult[],
): Promise<WriteResult[]> {
  const ambiguous = results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.status === 'failed' && result.error.ambiguous);
  if (ambiguous.length === 0) return results;
  const out = [...results];
  const keys = ambiguous.map(({ index }) => requests[index]!.key);
  const features = [...new Set(ambiguous.map(({ index }) => batch[index]!.feature))];
  let found = new Map<string, RemoteItem>();
  try {
    const snapshot = await adapter.read({ features, keys, links: [] });
    found = new Map(
      snapshot.items.filter((item) => item.marker).map((item) => [item.marker!.key, item]),
    );
  } catch {
    // Cannot look: leave the ambiguous failures as failures; the next run's read recovers them.
    return out;
  }
  const retry: number[] = [];
  for (const { index } of ambiguous) {
    const item = found.get(requests[index]!.key);
    if (item) out[index] = { key: requests[index]!.key, status: 'created', item };
    else retry.push(index);
  }
  if (retry.length > 0) {
    // We looked and it is not there: the create did not happen, so sending it again is safe.
    const again = await adapter.create(retry.map((index) => requests[index]!));
    retry.forEach((index, i) => {
      out[index] = again[i] ?? out[index]!;
    });
  }
  return out;
}
