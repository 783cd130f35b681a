import { describe, expect, it } from 'vitest';
import type { DesiredItem } from '../../src/sync/desired-items.js';
import { diff, type DiffOptions } from '../../src/sync/diff.js';
import { hashFields } from '../../src/sync/hash-fields.js';
import type { ItemFields, RemoteItem } from '../../src/sync/types.js';

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

  it('follows the link in the plan over the marker key', () => {
    const byMarker = remote(fields(), {}, '7');
    const byLink = remote(fields({ title: 'T001 Create project' }), {}, '9', 'f/T001');
    const changeset = diff(
      plan(desired({}, byLink.ref.url)),
      { items: [byMarker, byLink] },
      options,
    );
    const matched = changeset.operations.find((op) => op.op === 'unchanged');
    expect(matched && 'remote' in matched ? matched.remote?.id : null).toBe('9');
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
