import { MemoryAdapter } from '../support/memory-adapter.js';
import type { CreateRequest, WriteResult } from '../../src/sync/types.js';
import { describeAdapterContract } from './adapter-contract.js';

/**
 * The memory adapter's faults fire on the nth create overall; this one turns "fail the create
 * of this key" into such a fault just before the batch that carries the key.
 */
class KeyedFaultsAdapter extends MemoryAdapter {
  readonly doomed = new Set<string>();
  private seen = 0;

  override async create(batch: CreateRequest[]): Promise<WriteResult[]> {
    batch.forEach((request, index) => {
      if (!this.doomed.delete(request.key)) return;
      this.faults.push({ on: 'create', nth: this.seen + index + 1, kind: 'fail' });
    });
    this.seen += batch.length;
    return super.create(batch);
  }
}

describeAdapterContract('memory', async () => {
  const adapter = new KeyedFaultsAdapter();
  return { adapter, provokeFailure: (key) => adapter.doomed.add(key) };
});
