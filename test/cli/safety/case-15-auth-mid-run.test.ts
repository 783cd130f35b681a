import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateRequest, WriteResult } from '../../../src/contract/types.js';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

/** A tracker that accepts the first batch, then refuses the token (it was revoked mid-run). */
class RevokedMidRun extends MemoryAdapter {
  batches = 0;
  override async create(batch: CreateRequest[]): Promise<WriteResult[]> {
    if (++this.batches === 1) return super.create(batch);
    return batch.map((r) => ({
      key: r.key,
      status: 'failed',
      error: { message: 'Bad credentials', status: 401, auth: true },
    }));
  }
}

let repo: Repo;
beforeEach(async () => {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'memory' }),
    'specs/001-a/tasks.md': TASKS_MD,
  });
});
afterEach(async () => {
  await repo.remove();
});

describe('case 15: credentials refused in the middle of a run', () => {
  it('exits 4 and says what to do, instead of exiting 1 as a plain failure', async () => {
    const adapter = new RevokedMidRun();
    const result = await repo.cli(['push'], { adapters: { memory: () => adapter } });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('The tracker refused the credentials during the run');
    // The two phase groups were created; every task batch was refused, and none was created.
    expect(adapter.items.size).toBe(2);
    expect(result.stderr).toContain('Bad credentials');
  });
});
