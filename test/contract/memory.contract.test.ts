import { describeAdapterContract } from '../../src/testing/adapter-contract.js';
import type { CreateRequest, VerifyProblem, WriteResult } from '../../src/contract/types.js';
import { MemoryAdapter } from '../support/memory-adapter.js';

/**
 * The memory adapter's faults fire on the nth create overall; this one turns "fail the create
 * of this key" into such a fault just before the batch that carries the key.
 */
class KeyedFaultsAdapter extends MemoryAdapter {
  readonly doomed = new Map<string, 'fail' | 'ambiguous' | 'rate-limit'>();
  private seen = 0;

  override async create(batch: CreateRequest[]): Promise<WriteResult[]> {
    batch.forEach((request, index) => {
      const kind = this.doomed.get(request.key);
      if (!kind) return;
      this.doomed.delete(request.key);
      this.faults.push({ on: 'create', nth: this.seen + index + 1, kind } as never);
    });
    this.seen += batch.length;
    return super.create(batch);
  }
}

class RefusedAdapter extends MemoryAdapter {
  override async verify(): Promise<VerifyProblem[]> {
    return [{ code: 'auth', message: 'bad credentials' }];
  }
}

describeAdapterContract('memory', async () => {
  const adapter = new KeyedFaultsAdapter();
  adapter.batchSize = 50;
  return {
    adapter,
    provoke: (key, kind) => adapter.doomed.set(key, kind),
    withBadCredentials: async () => new RefusedAdapter(),
    pageSize: 5,
  };
});
