import { describe, expect, it } from 'vitest';
import type { DesiredItem } from '../../src/diff/desired-items.js';
import { diff, type DiffOptions } from '../../src/diff/diff.js';
import { hashFields } from '../../src/diff/hash-fields.js';
import type { ItemFields, RemoteItem } from '../../src/diff/types.js';

const options: DiffOptions = {
  force: false,
  removed: 'close',
  ownedLabels: new Set(['parallel', 'US1']),
  removedLabel: 'removed-from-plan',
};

function fields(overrides: Partial<ItemFields> = {}): ItemFields {
  return {
    title: 'T001 Create project',
    body: 'Create project',
    state: 'open',
    labels: ['parallel'],
    group: 'f/phase-1',
    dependsOn: [],
    container: null,
    ...overrides,
  };
}

function desired(overrides: Partial<ItemFields> = {}, linkUrl: string | null = null): DesiredItem {
  return {
    key: 'f/T001',
    kind: 'task',
    taskId: 'T001',
    phase: '1',
    fields: fields(overrides),
    obsolete: false,
    linkUrl,
    source: { file: 'tasks.md', line: 3 },
  };
}

/** A remote item plansync pushed with `pushed`, then a person made it `now`. */
function remote(
  pushed: ItemFields,
  now: Partial<ItemFields> = {},
  id = '7',
  key = 'f/T001',
): RemoteItem {
  return {
    id,
    kind: 'task',
    ref: { text: `#${id}`, url: `https://tracker.test/${id}` },
    marker: { key, hashes: hashFields(pushed) },
    fields: { ...pushed, ...now },
  };
}

const plan = (...items: DesiredItem[]) => ({ feature: 'f', items });

describe('diff', () => {
  it('creates an item that has neither a link nor a marker', () => {
    const changeset = diff(plan(desired()), { items: [] }, options);
    expect(changeset.operations.map((op) => op.op)).toEqual(['create']);
  });

  it('reports unchanged when the tracker holds what the plan says', () => {
    const changeset = diff(plan(desired()), { items: [remote(fields())] }, options);
    expect(changeset.operations.map((op) => op.op)).toEqual(['unchanged']);
  });

  it('updates the fields the plan changed while the tracker was untouched', () => {
    const changeset = diff(
      plan(desired({ title: 'T001 Create repo' })),
      { items: [remote(fields())] },
      options,
    );
    const [op] = changeset.operations;
    expect(op).toMatchObject({ op: 'update', changes: ['title'], drift: [] });
  });

  it('leaves a title a person changed on the tracker and reports drift', () => {
    const changeset = diff(
      plan(desired()),
      { items: [remote(fields(), { title: 'Better title' })] },
      options,
    );
    expect(changeset.operations[0]).toMatchObject({ op: 'drift', drift: ['title'] });
  });

  it('reports a conflict when both sides changed the same field, and skips the item', () => {
    const changeset = diff(
      plan(desired({ title: 'T001 Plan title' })),
      { items: [remote(fields(), { title: 'Person title' })] },
      options,
    );
    expect(changeset.operations[0]).toMatchObject({ op: 'conflict', conflicts: ['title'] });
  });

  it('overwrites drift and conflicts with --force', () => {
    const changeset = diff(
      plan(desired({ title: 'T001 Plan title' })),
      { items: [remote(fields(), { title: 'Person title', body: 'edited' })] },
      { ...options, force: true },
    );
    expect(changeset.operations[0]).toMatchObject({ op: 'update', changes: ['title', 'body'] });
  });

  it('closes a task that was checked done, and reopens one that was unchecked', () => {
    const closed = diff(plan(desired({ state: 'closed' })), { items: [remote(fields())] }, options);
    expect(closed.operations[0]).toMatchObject({ op: 'close', reason: 'done', changes: ['state'] });
    const reopened = diff(
      plan(desired()),
      { items: [remote(fields({ state: 'closed' }))] },
      options,
    );
    expect(reopened.operations[0]).toMatchObject({ op: 'reopen', changes: ['state'] });
  });

  it('closes an item whose task left the plan, with a comment', () => {
    const changeset = diff(plan(), { items: [remote(fields())] }, options);
    expect(changeset.operations[0]).toMatchObject({
      op: 'close',
      reason: 'removed',
      taskId: 'T001',
    });
    expect((changeset.operations[0] as { comment: string }).comment).toMatch(
      /no longer in the plan/,
    );
  });

  it('keeps or labels removed items when the policy says so', () => {
    expect(
      diff(plan(), { items: [remote(fields())] }, { ...options, removed: 'keep' }).operations[0],
    ).toMatchObject({ op: 'skip' });
    expect(
      diff(plan(), { items: [remote(fields())] }, { ...options, removed: 'label' }).operations[0],
    ).toMatchObject({
      op: 'update',
      changes: ['labels'],
      fields: { labels: ['parallel', 'removed-from-plan'] },
    });
  });

  it('never touches an item without a marker, even with the same title', () => {
    const foreign: RemoteItem = { ...remote(fields()), marker: null };
    const changeset = diff(plan(desired()), { items: [foreign] }, options);
    expect(changeset.operations.map((op) => op.op)).toEqual(['create']);
  });

  it('skips a linked item that plansync did not create', () => {
    const foreign: RemoteItem = { ...remote(fields()), marker: null };
    const changeset = diff(plan(desired({}, foreign.ref.url)), { items: [foreign] }, options);
    expect(changeset.operations[0]).toMatchObject({ op: 'skip' });
  });

  it('follows a link a person re-pointed to another item, and closes nothing', () => {
    const own = remote(fields(), {}, '7');
    const foreign = { ...remote(fields(), {}, '9'), marker: null };
    const changeset = diff(plan(desired({}, foreign.ref.url)), { items: [own, foreign] }, options);
    expect(
      changeset.operations.map((op) => [op.op, 'remote' in op ? op.remote?.id : null]),
    ).toEqual([['skip', '9']]);
  });

  it('keeps the oldest of two items with one key, even when the plan links the newer', () => {
    const oldest = { ...remote(fields(), {}, '7'), createdAt: '2026-01-01T00:00:00Z' };
    const newer = { ...remote(fields(), {}, '9'), createdAt: '2026-01-02T00:00:00Z' };
    const changeset = diff(plan(desired({}, newer.ref.url)), { items: [newer, oldest] }, options);
    expect(
      changeset.operations.map((op) => [op.op, 'remote' in op ? op.remote?.id : null]),
    ).toEqual([
      ['unchanged', '7'],
      ['close', '9'],
    ]);
    const close = changeset.operations[1]!;
    expect(close).toMatchObject({ reason: 'duplicate' });
    expect('comment' in close ? close.comment : '').toContain('Duplicate of #7');
  });

  it('never touches an item whose marker was made by someone not allowed to write', () => {
    const forged = { ...remote(fields({ title: 'Forged' })), trusted: false };
    const changeset = diff(plan(desired()), { items: [forged] }, options);
    expect(changeset.operations.map((op) => op.op)).toEqual(['create', 'skip']);
  });

  it('creates nothing for a struck-out task, and closes its item if it exists', () => {
    const obsolete = { ...desired(), obsolete: true };
    expect(diff(plan(obsolete), { items: [] }, options).operations).toEqual([]);
    const closing = diff(plan(obsolete), { items: [remote(fields())] }, options).operations[0];
    expect(closing).toMatchObject({ op: 'close', reason: 'obsolete', fields: { state: 'closed' } });
  });

  it('ignores labels people added by hand, and keeps them when writing labels', () => {
    const withBug = remote(fields(), { labels: ['bug', 'parallel'] });
    expect(diff(plan(desired()), { items: [withBug] }, options).operations[0]).toMatchObject({
      op: 'unchanged',
    });
    const changed = diff(
      plan(desired({ labels: ['US1', 'parallel'] })),
      { items: [withBug] },
      options,
    );
    expect(changed.operations[0]).toMatchObject({
      op: 'update',
      fields: { labels: ['US1', 'bug', 'parallel'] },
    });
  });

  it('compares a field the adapter cannot read through the marker alone', () => {
    const pushed = fields({ dependsOn: ['f/T000'] });
    const item = remote(pushed);
    delete item.fields.dependsOn;
    expect(
      diff(plan(desired({ dependsOn: ['f/T000'] })), { items: [item] }, options).operations[0],
    ).toMatchObject({ op: 'unchanged' });
    expect(
      diff(plan(desired({ dependsOn: [] })), { items: [item] }, options).operations[0],
    ).toMatchObject({
      op: 'update',
      changes: ['dependsOn'],
    });
  });
});
