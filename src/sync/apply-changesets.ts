import { hashField } from './hash-fields.js';
import { chunk } from './chunk-calls.js';
import { dependencyWaves } from './dependency-waves.js';
import { recoverAmbiguous } from './recover-ambiguous.js';
import { runPool } from './run-pool.js';
import type { WriteOp } from './write-op.js';
import { closeRequest, createRequest, updateRequest } from './write-requests.js';
import type { Adapter, Changeset, RemoteItem, WriteFailure, WriteResult } from './types.js';

export interface Applied {
  feature: string;
  op: WriteOp;
  status: 'created' | 'updated' | 'closed' | 'failed' | 'deferred';
  item: RemoteItem | null;
  error: WriteFailure | null;
}

export interface ApplyOptions {
  /** Batches in flight at once. */
  concurrency: number;
  /** Called as each batch returns, so results are recorded (written back) straight away. */
  onBatch?: (applied: Applied[]) => Promise<void>;
  onProgress?: (progress: { done: number; total: number; applied: Applied }) => void;
}

export interface ApplyReport {
  applied: Applied[];
  /** True when a rate limit stopped the run; the rest is left for the next run. */
  stopped: boolean;
}

/**
 * Executes changesets through an adapter: groups first (tasks need their milestone), then
 * tasks, then dependencies that could not be set at creation time. Each batch's results are
 * handed to `onBatch` before the next is recorded, so a crash loses at most what was in flight.
 */
export async function applyChangesets(
  adapter: Adapter,
  changesets: Changeset[],
  options: ApplyOptions,
): Promise<ApplyReport> {
  const known = new Map<string, RemoteItem>();
  const writes: { feature: string; op: WriteOp }[] = [];
  for (const changeset of changesets) {
    for (const op of changeset.operations) {
      if ('remote' in op && op.remote) known.set(op.key, op.remote);
      if (op.op === 'create' || op.op === 'update' || op.op === 'close' || op.op === 'reopen') {
        writes.push({ feature: changeset.feature, op });
      }
    }
  }
  let total = writes.length;
  const concurrency = Math.min(
    options.concurrency,
    adapter.capabilities.maxConcurrency ?? Infinity,
  );
  const applied: Applied[] = [];
  let stopped = false;
  let done = 0;

  const record = async (batch: Applied[]) => {
    for (const entry of batch) {
      if (entry.item) known.set(entry.op.key, entry.item);
      // A write refused by a rate limit did not happen: it waits for the next run with the rest.
      if (entry.error?.rateLimited) {
        stopped = true;
        entry.status = 'deferred';
      }
      applied.push(entry);
      done += 1;
      options.onProgress?.({ done, total, applied: entry });
    }
    await options.onBatch?.(batch);
  };

  const idOf = (key: string | null) => (key ? (known.get(key)?.id ?? null) : null);
  const resolveDeps = (keys: string[]) => keys.map(idOf).filter((id): id is string => id !== null);

  const stage = async (entries: { feature: string; op: WriteOp }[]) => {
    const order: Call[] = ['create', 'update', 'close'];
    const sorted = [...entries].sort(
      (a, b) => order.indexOf(callFor(a.op)) - order.indexOf(callFor(b.op)),
    );
    const chunks = chunk(sorted, adapter.capabilities.batchSize, (e) => callFor(e.op));
    const deferred = await runPool(
      chunks,
      concurrency,
      async (batch) => {
        await record(await runBatch(adapter, batch, idOf, resolveDeps));
      },
      () => stopped,
    );
    for (const batch of deferred) {
      await record(
        batch.map((e) => ({ ...e, status: 'deferred' as const, item: null, error: null })),
      );
    }
  };

  await stage(writes.filter((w) => w.op.kind === 'group'));
  // Tasks in dependency waves: a task is created after the tasks it depends on, so its
  // "blocked by" relations can be set in the same request instead of a follow-up write.
  // One write at a time in plan order already has every earlier task's id (and numbers
  // issues in plan order); only forward references are left to the follow-up pass.
  const tasks = writes.filter((w) => w.op.kind === 'task');
  const serial = concurrency === 1 && adapter.capabilities.batchSize === 1;
  for (const wave of serial ? [tasks] : dependencyWaves(tasks)) {
    await stage(wave); // once stopped, stage() records every batch as deferred
  }

  // Dependencies on tasks created later in the same run: set them now that every id exists.
  const followUps: { feature: string; op: WriteOp }[] = [];
  for (const entry of applied) {
    if (entry.status !== 'created' || entry.op.kind !== 'task' || !entry.item) continue;
    const wanted = entry.op.fields.dependsOn;
    if (wanted.length === 0) continue;
    if (!createdWithAllDeps.has(entry.op)) {
      followUps.push({
        feature: entry.feature,
        op: {
          op: 'update',
          key: entry.op.key,
          kind: 'task',
          taskId: entry.op.taskId,
          remote: entry.item,
          fields: entry.op.fields,
          marker: entry.op.marker,
          changes: ['dependsOn'],
          drift: [],
          reason: 'changed',
          comment: null,
          source: entry.op.source,
        },
      });
    }
  }
  if (followUps.length > 0 && !stopped) {
    total += followUps.length;
    await stage(followUps);
  }
  return { applied, stopped };
}

/** Creates whose dependencies all existed when they were sent: no follow-up needed. */
const createdWithAllDeps = new WeakSet<WriteOp>();

type Call = 'create' | 'update' | 'close';
function callFor(op: WriteOp): Call {
  if (op.op === 'create') return 'create';
  if (op.op === 'close' && op.reason === 'removed') return 'close';
  return 'update';
}

async function runBatch(
  adapter: Adapter,
  batch: { feature: string; op: WriteOp }[],
  idOf: (key: string | null) => string | null,
  resolveDeps: (keys: string[]) => string[],
): Promise<Applied[]> {
  const call = callFor(batch[0]!.op);
  let results: WriteResult[];
  try {
    if (call === 'create') {
      const requests = batch.map(({ op }) => {
        const request = createRequest(op, idOf, resolveDeps);
        const resolved = op.fields.dependsOn.filter((key) => idOf(key) !== null);
        if (resolved.length === op.fields.dependsOn.length) createdWithAllDeps.add(op);
        else {
          // Record only the dependencies really set, so the follow-up (or the next run) adds the rest.
          request.marker = {
            key: op.marker.key,
            hashes: { ...op.marker.hashes, dependsOn: hashField('dependsOn', resolved) },
          };
        }
        return request;
      });
      results = await adapter.create(requests);
      results = await recoverAmbiguous(adapter, batch, requests, results);
    } else if (call === 'update') {
      results = await adapter.update(batch.map(({ op }) => updateRequest(op, idOf, resolveDeps)));
    } else {
      results = await adapter.close(batch.map(({ op }) => closeRequest(op)));
    }
  } catch (error) {
    // An adapter should return failures, not throw; if it throws, the whole batch failed.
    const failure: WriteFailure = {
      message: error instanceof Error ? error.message : String(error),
    };
    results = batch.map(({ op }) => ({ key: op.key, status: 'failed', error: failure }));
  }
  return batch.map(({ feature, op }, index) => {
    const result = results[index] ?? {
      key: op.key,
      status: 'failed' as const,
      error: { message: 'the adapter returned no result for this item' },
    };
    return result.status === 'failed'
      ? { feature, op, status: 'failed', item: null, error: result.error }
      : { feature, op, status: result.status, item: result.item, error: null };
  });
}
