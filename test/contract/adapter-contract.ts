/**
 * The adapter contract as a vitest suite. Any adapter, built in or published as its own
 * package, calls `describeAdapterContract('gitlab', setup)` from a test file and gets the
 * checks the core relies on. The suite uses the adapter's public methods only, and every test
 * works in a feature of its own, so it can also run against a real sandbox tracker.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Adapter,
  CreateRequest,
  ItemFields,
  RemoteItem,
  Snapshot,
  VerifyProblem,
  WriteResult,
} from '../../src/sync/types.js';
import { closeRequest, createRequest, updateRequest } from './requests.js';

export interface ContractSetup {
  adapter: Adapter;
  cleanup?: () => Promise<void>;
  /** Makes the next create of `key` fail on the tracker's side (a validation error, say). */
  provokeFailure?: (key: string) => void;
}

const COMPARED: (keyof ItemFields)[] = ['title', 'body', 'state', 'labels', 'group'];

export function describeAdapterContract(name: string, setup: () => Promise<ContractSetup>): void {
  // Whether the failure test can run is known only from what setup returns, and it.skipIf
  // needs it while tests are collected: one setup is made (and cleaned up) just to look.
  describe(`the ${name} adapter keeps the adapter contract`, async () => {
    const probe = await setup();
    const canProvokeFailure = typeof probe.provokeFailure === 'function';
    await probe.cleanup?.();

    let current: ContractSetup;
    let adapter: Adapter;
    let problems: VerifyProblem[];
    let feature: string;
    beforeEach(async () => {
      current = await setup();
      adapter = current.adapter;
      // The core always verifies before anything else; some adapters resolve their target here.
      problems = await adapter.verify();
      feature = `contract-${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      await current?.cleanup?.();
    });

    const createAll = async (requests: CreateRequest[]): Promise<WriteResult[]> => {
      const size = Math.max(1, adapter.capabilities.batchSize);
      const results: WriteResult[] = [];
      for (let at = 0; at < requests.length; at += size) {
        results.push(...(await adapter.create(requests.slice(at, at + size))));
      }
      return results;
    };
    const createOne = async (request: CreateRequest): Promise<RemoteItem> => {
      const [result] = await adapter.create([request]);
      return createdItem(result, request.key);
    };
    const readFeature = (f = feature): Promise<Snapshot> =>
      adapter.read({ features: [f], links: [] });
    const task = (id: string, extra: Partial<Parameters<typeof createRequest>[0]> = {}) =>
      createRequest({
        key: `${feature}/${id}`,
        title: `${id} Build part ${id}`,
        body: `Part ${id} of ${feature}.`,
        ...extra,
      });

    it('verifies a good setup without problems', () => {
      expect(problems).toEqual([]);
    });

    it('reads back a group and its tasks with the markers and fields it was given', async () => {
      const group = createRequest({
        key: `${feature}/phase-1`,
        kind: 'group',
        title: `Phase 1: Setup & Foundation (${feature})`,
        body: 'Lay the foundation.\n\n- Duration: 2 days',
      });
      const groupItem = await createOne(group);
      const inGroup = { group: group.key, groupId: groupItem.id };
      const first = task('T001', {
        ...inGroup,
        body: 'Create the project structure.\n\n- [ ] src/\n- [ ] test/',
        labels: ['P', 'US1'],
        source: { file: `specs/${feature}/tasks.md`, line: 12 },
      });
      const firstItem = await createOne(first);
      const second = task('T002', {
        ...inGroup,
        labels: ['US1'],
        dependsOn: [first.key],
        dependsOnIds: [firstItem.id],
      });
      const done = task('T003', { ...inGroup, state: 'closed' });
      const results = await createAll([second, done]);
      expect(results.map((r) => [r.key, r.status])).toEqual([
        [second.key, 'created'],
        [done.key, 'created'],
      ]);

      const snapshot = await readFeature();
      expect(keysOf(snapshot)).toEqual([first.key, second.key, done.key, group.key].sort());
      const readGroup = itemWithKey(snapshot, group.key);
      for (const request of [group, first, second, done]) {
        const item = itemWithKey(snapshot, request.key);
        expect(item.kind, request.key).toBe(request.kind);
        expect(item.marker, request.key).toEqual(request.marker);
        expect(pick(item.fields), request.key).toEqual(pick(request.fields));
        // Dependencies may be too dear to read; when an adapter reads them they must match.
        if (item.fields.dependsOn !== undefined) {
          expect(item.fields.dependsOn, request.key).toEqual(request.fields.dependsOn);
        }
        expect(item.ref.url, request.key).not.toBe('');
      }
      for (const request of [first, second, done]) {
        expect(itemWithKey(snapshot, request.key).fields.group).toBe(readGroup.marker?.key);
      }
    });

    it('returns only the requested feature, the requested keys, and linked items', async () => {
      const other = `${feature}-other`;
      const mine = [task('T001'), task('T002')];
      const theirs = createRequest({ key: `${other}/T001`, title: 'T001 Elsewhere' });
      const results = await createAll([...mine, theirs]);
      expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
      const theirItem = createdItem(results[2], theirs.key);

      expect(keysOf(await readFeature())).toEqual(mine.map((r) => r.key).sort());
      expect(keysOf(await readFeature(other))).toEqual([theirs.key]);

      const byKey = await adapter.read({ features: [feature], keys: [mine[1]!.key], links: [] });
      expect(keysOf(byKey)).toContain(mine[1]!.key);
      expect(keysOf(byKey)).not.toContain(theirs.key);

      const linked = await adapter.read({
        features: [feature],
        links: [theirItem.ref.url],
      });
      expect(keysOf(linked)).toEqual([...mine.map((r) => r.key), theirs.key].sort());
    });

    it('answers a full batch of creates with one result per request, in order', async () => {
      const size = adapter.capabilities.batchSize;
      expect(size).toBeGreaterThanOrEqual(1);
      const batch = Array.from({ length: size }, (_, n) =>
        task(`T${String(n + 1).padStart(3, '0')}`),
      );
      const results = await adapter.create(batch);
      expect(results.map((r) => r.key)).toEqual(batch.map((r) => r.key));
      expect(results.map((r) => r.status)).toEqual(batch.map(() => 'created'));
      const ids = results.map((r, n) => createdItem(r, batch[n]!.key).id);
      expect(new Set(ids).size).toBe(size);
    });

    it('changes only the title on a title update, and stores the new marker', async () => {
      const before = task('T001', { body: 'The body as first pushed.', labels: ['US1'] });
      await createOne(before);
      const remote = itemWithKey(await readFeature(), before.key);

      // The plan's body differs too, but only the title is to be written.
      const request = updateRequest(
        before,
        remote,
        { title: 'T001 A better title', body: 'A body that must not be written.' },
        ['title'],
      );
      const [result] = await adapter.update([request]);
      expect(result?.status).toBe('updated');
      expect(result?.key).toBe(before.key);

      const after = itemWithKey(await readFeature(), before.key);
      expect(after.id).toBe(remote.id);
      expect(after.fields.title).toBe('T001 A better title');
      expect(after.fields.body).toBe('The body as first pushed.');
      expect(after.fields.labels).toEqual(['US1']);
      expect(after.fields.state).toBe('open');
      expect(after.marker).toEqual(request.marker);
    });

    it('closes and reopens on a state update', async () => {
      const before = task('T001');
      await createOne(before);
      const open = itemWithKey(await readFeature(), before.key);

      const closing = updateRequest(before, open, { state: 'closed' }, ['state']);
      expect((await adapter.update([closing]))[0]?.status).toBe('updated');
      const closed = itemWithKey(await readFeature(), before.key);
      expect(closed.fields.state).toBe('closed');
      expect(closed.fields.title).toBe(before.fields.title);
      expect(closed.marker).toEqual(closing.marker);

      const reopening = updateRequest(before, closed, { state: 'open' }, ['state']);
      expect((await adapter.update([reopening]))[0]?.status).toBe('updated');
      const reopened = itemWithKey(await readFeature(), before.key);
      expect(reopened.fields.state).toBe('open');
      expect(reopened.marker).toEqual(reopening.marker);
    });

    it('closes a task and a group that left the plan, with a comment', async () => {
      const group = createRequest({
        key: `${feature}/phase-9`,
        kind: 'group',
        title: `Phase 9: Dropped (${feature})`,
        body: 'No longer planned.',
      });
      await createOne(group);
      const before = task('T001');
      await createOne(before);
      const snapshot = await readFeature();

      const requests = [
        closeRequest(before, itemWithKey(snapshot, before.key), 'T001 left the plan.'),
        closeRequest(group, itemWithKey(snapshot, group.key), null),
      ];
      const results = await adapter.close(requests);
      expect(results.map((r) => [r.key, r.status])).toEqual([
        [before.key, 'closed'],
        [group.key, 'closed'],
      ]);

      const after = await readFeature();
      for (const request of requests) {
        const item = itemWithKey(after, request.key);
        expect(item.fields.state, request.key).toBe('closed');
        expect(item.marker, request.key).toEqual(request.marker);
      }
    });

    it.skipIf(!canProvokeFailure)(
      'reports a failed create for that item alone and creates the others',
      async () => {
        const requests = [task('T001'), task('T002'), task('T003')];
        current.provokeFailure!(requests[1]!.key);
        const results = await createAll(requests);
        expect(results.map((r) => [r.key, r.status])).toEqual([
          [requests[0]!.key, 'created'],
          [requests[1]!.key, 'failed'],
          [requests[2]!.key, 'created'],
        ]);
        const failure = results[1]!;
        if (failure.status !== 'failed') throw new Error('unreachable');
        expect(failure.error.message).not.toBe('');

        const keys = keysOf(await readFeature());
        expect(keys).toContain(requests[0]!.key);
        expect(keys).toContain(requests[2]!.key);
        if (!failure.error.ambiguous) expect(keys).not.toContain(requests[1]!.key);
      },
    );

    it('gives a reference with a short text and a web address', async () => {
      const before = task('T001');
      await createOne(before);
      const item = itemWithKey(await readFeature(), before.key);
      const ref = adapter.ref(item);
      expect(typeof ref.text).toBe('string');
      expect(ref.text.trim()).not.toBe('');
      expect(typeof ref.url).toBe('string');
      expect(ref.url).not.toBe('');
    });
  });
}

function createdItem(result: WriteResult | undefined, key: string): RemoteItem {
  if (!result) throw new Error(`no result for ${key}`);
  if (result.status === 'failed') throw new Error(`${key}: ${result.error.message}`);
  expect(result.key).toBe(key);
  expect(result.status).toBe('created');
  return result.item;
}

function itemWithKey(snapshot: Snapshot, key: string): RemoteItem {
  const item = snapshot.items.find((candidate) => candidate.marker?.key === key);
  if (!item) throw new Error(`read() did not return ${key}; it returned ${keysOf(snapshot)}`);
  return item;
}

function keysOf(snapshot: Snapshot): string[] {
  return snapshot.items.map((item) => item.marker?.key ?? `(unmarked ${item.id})`).sort();
}

function pick(fields: Partial<ItemFields>): Partial<ItemFields> {
  return Object.fromEntries(COMPARED.map((name) => [name, fields[name]]));
}
