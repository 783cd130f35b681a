import { chunk } from './chunk-calls.js';
import { hashField } from '../diff/hash-fields.js';
import { runPool } from './run-pool.js';
import { type Applied, type BatchEntry, createWithRecovery, runBatch } from './run-batch.js';
import type { Adapter, Changeset, ItemKind, RemoteItem } from '../diff/types.js';
import type { WriteOp } from './write-op.js';
import {
  closeRequest,
  createRequest,
  relateRequest,
  type RequestContext,
  updateRequest,
} from './write-requests.js';

export type { Applied } from './run-batch.js';

export interface ApplyOptions {
  /** Batches in flight at once. */
  concurrency: number;
  /**
   * The one map of keys to remote items for the run: filled by the read, updated here as
   * items are created or written, read by write-back.
   */
  known: Map<string, RemoteItem>;
  /** The source line under each item's owned text (see RequestContext). */
  footer?: RequestContext['footer'];
  /** Stable name of the repository, for client ids. */
  namespace?: string;
  /** Called as each batch returns, so results are recorded (written back) straight away. */
  onBatch?: (applied: Applied[]) => Promise<void>;
  onProgress?: (progress: { done: number; total: number; applied: Applied }) => void;
}

export interface ApplyReport {
  applied: Applied[];
  /** True when a rate limit (or refused credentials) stopped the run; the rest is left for the next run. */
  stopped: boolean;
  /** True when the tracker refused the credentials during the run. */
  authFailed: boolean;
}

const KIND_ORDER: ItemKind[] = ['container', 'group', 'task'];

/**
 * Executes changesets through an adapter: containers, then groups, then tasks, each in full
 * batches; then the closes of items the tracker cannot create closed; then dependencies in a
 * second pass (`relate`), so batches never wait on dependencies. Each batch's results are
 * handed to `onBatch` as they arrive, so a crash loses at most what was in flight.
 */
export async function applyChangesets(
  adapter: Adapter,
  changesets: Changeset[],
  options: ApplyOptions,
): Promise<ApplyReport> {
  const { known } = options;
  const ctx: RequestContext = {
    kinds: adapter.kinds,
    itemOf: (key) => (key ? known.get(key) : undefined),
    footer: options.footer ?? (() => null),
    namespace: options.namespace ?? '',
  };
  const writes: BatchEntry[] = changesets.flatMap((changeset) =>
    changeset.operations
      .filter((op): op is WriteOp => ['create', 'update', 'close', 'reopen'].includes(op.op))
      .map((op) => ({ feature: changeset.feature, op, step: 'write' as const })),
  );
  const relating = adapter.relate
    ? writes.filter(({ op }) => op.kind === 'task' && wantsRelate(op))
    : [];
  let total =
    writes.filter(({ op }) => op.op === 'create' || !onlyDependencies(op)).length +
    writes.filter(({ op }) => op.op === 'create' && op.closeAfter).length +
    relating.length;
  const concurrency = Math.min(options.concurrency, adapter.maxConcurrency ?? Infinity);
  const applied: Applied[] = [];
  let stopped = false;
  let authFailed = false;
  let done = 0;

  const record = async (batch: Applied[]) => {
    for (const entry of batch) {
      const duplicate = entry.op.op === 'close' && entry.op.reason === 'duplicate';
      if (entry.item && !duplicate) known.set(entry.op.key, entry.item);
      // A write refused by a rate limit did not happen: it waits for the next run with the rest.
      if (entry.error?.rateLimited || entry.error?.auth) {
        stopped = true;
        if (entry.error.auth) authFailed = true;
        else entry.status = 'deferred';
      }
      applied.push(entry);
      done += 1;
      options.onProgress?.({ done, total: Math.max(total, done), applied: entry });
    }
    await options.onBatch?.(batch);
  };

  const stage = async (
    entries: BatchEntry[],
    call: (batch: BatchEntry[]) => Promise<Applied[]>,
  ) => {
    const chunks = chunk(entries, Math.max(1, adapter.batchSize), (e) => callFor(e));
    const deferred = await runPool(
      chunks,
      concurrency,
      async (batch) => record(await call(batch)),
      () => stopped,
    );
    for (const batch of deferred) {
      await record(
        batch.map((e) => ({ ...e, status: 'deferred' as const, item: null, error: null })),
      );
    }
  };

  const write = (batch: BatchEntry[]): Promise<Applied[]> => {
    const first = batch[0]!;
    return runBatch(batch, () => {
      switch (callFor(first)) {
        case 'create': {
          const requests = batch.map(({ op }) =>
            createRequest(op, ctx, initialMarker(op, adapter)),
          );
          return createWithRecovery(adapter, batch, openAtFirst(requests, batch));
        }
        case 'close':
          return adapter.close(batch.map(({ op }) => closeRequest(op, ctx)));
        default:
          return adapter.update(
            batch.map(({ op, step }) => {
              const remote = known.get(op.key) ?? (op.op === 'create' ? null : op.remote);
              const changes =
                step === 'close-after-create'
                  ? (['state'] as const)
                  : op.op === 'create'
                    ? []
                    : op.changes.filter((name) => name !== 'dependsOn');
              return updateRequest(op, ctx, [...changes], remote!);
            }),
          );
      }
    });
  };

  for (const kind of KIND_ORDER) {
    const ofKind = writes.filter(({ op }) => op.kind === kind);
    const sorted = [...ofKind].sort((a, b) => rank(callFor(a)) - rank(callFor(b)));
    await stage(
      sorted.filter(({ op }) => op.op === 'create' || !onlyDependencies(op)),
      write,
    );
  }

  // The tracker could not create these closed: close them now, with their final marker.
  const closeAfter = applied
    .filter((a) => a.status === 'created' && a.op.op === 'create' && a.op.closeAfter)
    .map((a) => ({ feature: a.feature, op: a.op, step: 'close-after-create' as const }));
  if (closeAfter.length > 0) await stage(closeAfter, write);

  if (adapter.relate && relating.length > 0) {
    const failedKeys = new Set(
      applied.filter((a) => a.status === 'failed' || a.status === 'deferred').map((a) => a.op.key),
    );
    const ready = relating.filter(({ op }) => known.has(op.key) && !failedKeys.has(op.key));
    total -= relating.length - ready.length;
    const relate = adapter.relate.bind(adapter);
    await stage(
      ready.map((entry) => ({ ...entry, step: 'relate' as const })),
      (batch) =>
        runBatch(batch, () =>
          relate(batch.map(({ op }) => relateRequest(op, known.get(op.key)!, ctx))),
        ),
    );
  }
  return { applied, stopped, authFailed };
}

type Call = 'create' | 'update' | 'close';
function callFor(entry: BatchEntry): Call | 'relate' {
  if (entry.step === 'relate') return 'relate';
  if (entry.step === 'close-after-create') return 'update';
  const { op } = entry;
  if (op.op === 'create') return 'create';
  if (op.op === 'close' && op.reason !== 'done') return 'close';
  return 'update';
}

function rank(call: Call | 'relate'): number {
  return ['create', 'update', 'close', 'relate'].indexOf(call);
}

function onlyDependencies(op: WriteOp): boolean {
  return op.op !== 'create' && op.changes.length > 0 && op.changes.every((c) => c === 'dependsOn');
}

function wantsRelate(op: WriteOp): boolean {
  if (op.op === 'create') return op.fields.dependsOn.length > 0;
  return op.changes.includes('dependsOn');
}

/** A create's marker: what will be on the tracker once the create returns. */
function initialMarker(op: WriteOp, adapter: Adapter) {
  if (op.op !== 'create' || !op.closeAfter) return op.marker;
  const spec = adapter.kinds[op.kind];
  return {
    key: op.marker.key,
    hashes: { ...op.marker.hashes, state: hashField('state', 'open', spec) },
  };
}

/** Items created open and closed afterwards are sent as open. */
function openAtFirst(requests: ReturnType<typeof createRequest>[], batch: BatchEntry[]) {
  return requests.map((request, index) => {
    const op = batch[index]!.op;
    return op.op === 'create' && op.closeAfter
      ? { ...request, fields: { ...request.fields, state: 'open' as const } }
      : request;
  });
}
