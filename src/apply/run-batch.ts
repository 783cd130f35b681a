import { recoverCreates } from './recover-ambiguous.js';
import type {
  Adapter,
  CreateRequest,
  RemoteItem,
  WriteFailure,
  WriteResult,
} from '../diff/types.js';
import type { WriteOp } from './write-op.js';

export type AppliedStatus = 'created' | 'updated' | 'closed' | 'related' | 'failed' | 'deferred';

export interface Applied {
  feature: string;
  op: WriteOp;
  /** What this entry did: the op itself, the close after a create, or setting dependencies. */
  step: 'write' | 'close-after-create' | 'relate';
  status: AppliedStatus;
  item: RemoteItem | null;
  error: WriteFailure | null;
}

export interface BatchEntry {
  feature: string;
  op: WriteOp;
  step: Applied['step'];
}

/** Runs one adapter call and maps its results back, one per entry, in order. */
export async function runBatch(
  batch: BatchEntry[],
  call: () => Promise<WriteResult[]>,
): Promise<Applied[]> {
  let results: WriteResult[];
  try {
    results = await call();
  } catch (error) {
    // An adapter should return failures, not throw; if it throws, the whole batch failed.
    const failure: WriteFailure = {
      message: error instanceof Error ? error.message : String(error),
      ...authFlag(error),
    };
    results = batch.map(({ op }) => ({ key: op.key, status: 'failed', error: failure }));
  }
  return batch.map(({ feature, op, step }, index) => {
    const result = results[index] ?? {
      key: op.key,
      status: 'failed' as const,
      error: { message: 'the adapter returned no result for this item' },
    };
    if (result.status === 'failed') {
      return { feature, op, step, status: 'failed', item: null, error: result.error };
    }
    const status = step === 'relate' ? 'related' : result.status;
    return { feature, op, step, status, item: result.item, error: null };
  });
}

/**
 * Creates, then settles the ambiguous failures: found → created; absent → sent once more;
 * unknown → a failure that says so (never re-sent, so never a duplicate).
 */
export async function createWithRecovery(
  adapter: Adapter,
  batch: BatchEntry[],
  requests: CreateRequest[],
): Promise<WriteResult[]> {
  const results = await adapter.create(requests);
  const ambiguous = results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.status === 'failed' && result.error.ambiguous)
    .map(({ index }) => index);
  if (ambiguous.length === 0) return results;
  const features = [...new Set(ambiguous.map((index) => batch[index]!.feature))];
  const answers = await recoverCreates(
    adapter,
    ambiguous.map((index) => requests[index]!),
    features,
  );
  const out = [...results];
  const resend: number[] = [];
  answers.forEach((answer, i) => {
    const index = ambiguous[i]!;
    if (answer.status === 'found') {
      out[index] = { key: answer.key, status: 'created', item: answer.item };
    } else if (answer.status === 'absent') {
      resend.push(index);
    } else {
      out[index] = {
        key: answer.key,
        status: 'failed',
        error: {
          message: `the create may or may not have happened and the tracker could not be checked (${answer.reason}); not sent again — run push again to find it`,
        },
      };
    }
  });
  if (resend.length > 0) {
    // We looked and it is not there: the create did not happen, so sending it again is safe.
    const again = await adapter.create(resend.map((index) => requests[index]!));
    resend.forEach((index, i) => {
      out[index] = again[i] ?? out[index]!;
    });
  }
  return out;
}

function authFlag(error: unknown): { auth?: boolean } {
  const status = (error as { status?: number } | null)?.status;
  return status === 401 ? { auth: true } : {};
}
