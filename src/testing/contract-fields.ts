import { expect, it } from 'vitest';
import type { FieldName, ItemFields } from '../contract/types.js';
import { canonicalValue } from '../diff/hash-fields.js';
import { createRequest, relateRequest, updateRequest, closeRequest } from './requests.js';
import { itemWithKey, type SuiteState } from './suite-state.js';

/** Writes: each owned field updated alone, closing, dependencies added and removed. */
export function describeFields(state: SuiteState): void {
  const changes: [FieldName, Partial<ItemFields>][] = [
    ['title', { title: 'T001 A better title' }],
    ['body', { body: 'A new body for the task.' }],
    ['state', { state: 'closed' }],
    ['labels', { labels: ['US2', 'parallel'] }],
  ];
  for (const [field, next] of changes) {
    it(`writes only the ${field} on an update of the ${field}, and stores the new marker`, async () => {
      if (!state.adapter.kinds.task.fields.includes(field)) return;
      const before = state.task('T001', { body: 'The body as first pushed.', labels: ['US1'] });
      await state.createOne(before);
      const remote = itemWithKey(await state.read(), before.key);
      const request = updateRequest(before, remote, next, [field]);
      const [result] = await state.adapter.update([request]);
      expect(result?.status, result?.status === 'failed' ? result.error.message : '').toBe(
        'updated',
      );

      const after = itemWithKey(await state.read(), before.key);
      const spec = state.adapter.kinds.task;
      expect(after.id).toBe(remote.id);
      expect(after.marker).toEqual(request.marker);
      for (const name of ['title', 'body', 'state', 'labels'] as const) {
        if (!spec.fields.includes(name) || after.fields[name] === undefined) continue;
        const expected = name === field ? request.fields[name] : before.fields[name];
        expect(canonicalValue(name, after.fields[name] as never, spec), name).toEqual(
          canonicalValue(name, expected as never, spec),
        );
      }
    });
  }

  it('moves a task to another group on an update of the group', async () => {
    const groups = await state.createAll(
      [1, 2].map((n) =>
        createRequest({
          key: `${state.feature}/phase-${n}`,
          kind: 'group',
          title: `Phase ${n} (${state.feature})`,
        }),
      ),
    );
    const [one, two] = groups.map((r) => (r.status === 'failed' ? null : r.item));
    const before = state.task('T001', { group: `${state.feature}/phase-1`, groupId: one!.id });
    await state.createOne(before);
    const remote = itemWithKey(await state.read(), before.key);
    const request = updateRequest(
      before,
      remote,
      { group: `${state.feature}/phase-2`, groupId: two!.id },
      ['group'],
    );
    expect((await state.adapter.update([request]))[0]?.status).toBe('updated');
    expect(itemWithKey(await state.read(), before.key).fields.group).toBe(
      `${state.feature}/phase-2`,
    );
  });

  it('adds and removes dependencies through relate, and reads them back', async () => {
    if (!state.adapter.relate) return;
    const spec = state.adapter.kinds.task;
    const results = await state.createAll(['T001', 'T002', 'T003'].map((id) => state.task(id)));
    const [a, b, c] = results.map((r) => (r.status === 'failed' ? null : r.item));
    const keyOf = (id: string) => `${state.feature}/${id}`;
    const relate = async (blockers: (typeof a)[]) => {
      const item = itemWithKey(await state.read(), keyOf('T003'));
      const [result] = await state.adapter.relate!([
        relateRequest(
          item,
          blockers.map((x) => x!),
        ),
      ]);
      expect(result?.status, result?.status === 'failed' ? result.error.message : '').not.toBe(
        'failed',
      );
    };
    const readDeps = async () =>
      canonicalValue(
        'dependsOn',
        itemWithKey(await state.read(), keyOf('T003')).fields.dependsOn ?? [],
        spec,
      );
    expect(c).not.toBeNull();
    await relate([a, b]);
    expect(await readDeps()).toEqual(
      canonicalValue('dependsOn', [keyOf('T001'), keyOf('T002')], spec),
    );
    await relate([b]);
    expect(await readDeps()).toEqual(canonicalValue('dependsOn', [keyOf('T002')], spec));
    await relate([]);
    expect(await readDeps()).toEqual(canonicalValue('dependsOn', [], spec));
  });

  it('closes a task and a group that left the plan, with a comment', async () => {
    const group = createRequest({
      key: `${state.feature}/phase-9`,
      kind: 'group',
      title: `Phase 9: Dropped (${state.feature})`,
      body: 'No longer planned.',
    });
    await state.createOne(group);
    const before = state.task('T001');
    await state.createOne(before);
    const snapshot = await state.read();
    const requests = [
      closeRequest(before, itemWithKey(snapshot, before.key), 'T001 left the plan.'),
      closeRequest(group, itemWithKey(snapshot, group.key), null),
    ];
    const results = [];
    for (let at = 0; at < requests.length; at += state.adapter.batchSize) {
      results.push(
        ...(await state.adapter.close(requests.slice(at, at + state.adapter.batchSize))),
      );
    }
    expect(results.map((r) => [r.key, r.status])).toEqual([
      [before.key, 'closed'],
      [group.key, 'closed'],
    ]);
    const after = await state.read();
    for (const request of requests) {
      const item = itemWithKey(after, request.key);
      if (state.adapter.kinds[request.kind]?.fields.includes('state'))
        expect(item.fields.state, request.key).toBe('closed');
      expect(item.marker, request.key).toEqual(request.marker);
    }
  });
}
