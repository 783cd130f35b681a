import { expect, it } from 'vitest';
import type { ItemFields } from '../contract/types.js';
import { canonicalValue } from '../diff/hash-fields.js';
import { createRequest } from './requests.js';
import { itemWithKey, keysOf, type SuiteState } from './suite-state.js';

/** Reads: what comes back, for which scope, across pages. */
export function describeReads(state: SuiteState): void {
  it('reads back a group and its tasks with the markers and fields it was given', async () => {
    const group = createRequest({
      key: `${state.feature}/phase-1`,
      kind: 'group',
      title: `Phase 1: Setup & Foundation (${state.feature})`,
      body: 'Lay the foundation.\n\n- Duration: 2 days',
    });
    const groupItem = await state.createOne(group);
    const inGroup = { group: group.key, groupId: groupItem.id };
    const first = state.task('T001', {
      ...inGroup,
      body: 'Create the project structure.\n\n- [ ] src/\n- [ ] test/',
      labels: ['P', 'US1'],
      footer: 'Source: specs/x/tasks.md line 12',
    });
    const second = state.task('T002', { ...inGroup, labels: ['US1'] });
    const results = await state.createAll([first, second]);
    expect(results.map((r) => [r.key, r.status])).toEqual([
      [first.key, 'created'],
      [second.key, 'created'],
    ]);

    const snapshot = await state.read();
    expect(keysOf(snapshot)).toEqual([first.key, second.key, group.key].sort());
    for (const request of [group, first, second]) {
      const item = itemWithKey(snapshot, request.key);
      const spec = state.adapter.kinds[request.kind];
      expect(item.kind, request.key).toBe(request.kind);
      expect(item.marker, request.key).toEqual(request.marker);
      for (const name of spec?.fields ?? []) {
        if (name === 'dependsOn' || name === 'group' || name === 'container') continue;
        const read = item.fields[name];
        if (read === undefined) continue; // a field the adapter cannot read is compared by marker
        expect(canonicalValue(name, read as never, spec), `${request.key} ${name}`).toEqual(
          canonicalValue(name, request.fields[name] as ItemFields[typeof name], spec),
        );
      }
    }
    for (const request of [first, second]) {
      expect(itemWithKey(snapshot, request.key).fields.group).toBe(group.key);
    }
  });

  it('returns only the requested feature, the requested keys, and linked items', async () => {
    const other = `${state.feature}-other`;
    const mine = [state.task('T001'), state.task('T002')];
    const theirs = createRequest({ key: `${other}/T001`, title: 'T001 Elsewhere' });
    const results = await state.createAll([...mine, theirs]);
    expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
    const theirItem = results[2]!.status === 'failed' ? null : results[2]!.item;

    expect(keysOf(await state.read())).toEqual(mine.map((r) => r.key).sort());
    expect(keysOf(await state.read(other))).toEqual([theirs.key]);

    const byKey = await state.adapter.read({
      features: [state.feature],
      keys: [mine[1]!.key],
      links: [],
    });
    expect(keysOf(byKey)).toContain(mine[1]!.key);
    expect(keysOf(byKey)).not.toContain(theirs.key);

    const linked = await state.adapter.read({
      features: [state.feature],
      links: [theirItem!.ref.url],
    });
    expect(keysOf(linked)).toEqual([...mine.map((r) => r.key), theirs.key].sort());
  });

  it('reads every item when they span several pages', async () => {
    const count = state.current.pageSize + 1;
    const requests = Array.from({ length: count }, (_, n) =>
      state.task(`T${String(n + 1).padStart(4, '0')}`),
    );
    const results = await state.createAll(requests);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(count);
    expect(keysOf(await state.read())).toEqual(requests.map((r) => r.key).sort());
  });
}
