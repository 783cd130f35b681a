import { expect, it } from 'vitest';
import { itemWithKey, keysOf, type SuiteState } from './suite-state.js';

/** Failures: one item's failure stays its own; ambiguous and rate-limited answers say so. */
export function describeFailures(state: SuiteState): void {
  it('reports a failed create for that item alone and creates the others', async () => {
    const requests = [state.task('T001'), state.task('T002'), state.task('T003')];
    state.current.provoke(requests[1]!.key, 'fail');
    const results = await state.createAll(requests);
    expect(results.map((r) => [r.key, r.status])).toEqual([
      [requests[0]!.key, 'created'],
      [requests[1]!.key, 'failed'],
      [requests[2]!.key, 'created'],
    ]);
    const failure = results[1]!;
    if (failure.status !== 'failed') throw new Error('unreachable');
    expect(failure.error.message).not.toBe('');
    expect(failure.error.ambiguous ?? false).toBe(false);
    const keys = keysOf(await state.read());
    expect(keys).toEqual([requests[0]!.key, requests[2]!.key].sort());
  });

  it('reports a create whose answer was lost as ambiguous, and the item is there to find', async () => {
    const request = state.task('T001');
    state.current.provoke(request.key, 'ambiguous');
    const [result] = await state.adapter.create([request]);
    expect(result?.status).toBe('failed');
    if (result?.status !== 'failed') return;
    expect(result.error.ambiguous).toBe(true);
    const found = state.adapter.recover ? (await state.adapter.recover([request]))[0] : null;
    if (found) expect(found.status).toBe('found');
    const snapshot = await state.adapter.read({
      features: [state.feature],
      keys: [request.key],
      links: [],
    });
    expect(itemWithKey(snapshot, request.key).marker).toEqual(request.marker);
  });

  it('reports a rate-limited write as rate limited', async () => {
    const request = state.task('T001');
    state.current.provoke(request.key, 'rate-limit');
    const [result] = await state.adapter.create([request]);
    expect(result?.status).toBe('failed');
    if (result?.status === 'failed') expect(result.error.rateLimited).toBe(true);
  });
}
