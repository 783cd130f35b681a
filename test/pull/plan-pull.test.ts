import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';
import { planPull } from '../../src/pull/plan-pull.js';
import { hashField } from '../../src/diff/hash-fields.js';
import type { ItemState, RemoteItem } from '../../src/diff/types.js';

const FILE = 'specs/001-a/tasks.md';

function parse(text: string) {
  return parseFeature({ dir: 'specs/001-a', tasks: { path: FILE, text } });
}

/** A remote task whose marker says plansync last pushed `pushed`, and which is now `now`. */
function remote(
  id: string,
  pushed: ItemState | null,
  now: ItemState,
  extra: Partial<RemoteItem> = {},
): RemoteItem {
  return {
    id,
    kind: 'task',
    ref: { text: `#${id}`, url: `https://tracker.test/items/${id}` },
    marker: { key: 'x', hashes: pushed ? { state: hashField('state', pushed) } : {} },
    fields: { state: now },
    ...extra,
  };
}

describe('planPull', () => {
  it('flips only the checkbox character, in bullet and ordered lists, CRLF kept', () => {
    const text = '## Phase 1: A\r\n\r\n1. [ ] T001 One\r\n* [X] T002 Two\r\n';
    const known = new Map([
      ['001-a/T001', remote('1', 'open', 'closed')],
      ['001-a/T002', remote('2', 'closed', 'open')],
    ]);
    const plan = planPull([parse(text)], known);
    expect(plan.files).toEqual([
      {
        file: FILE,
        before: text,
        after: '## Phase 1: A\r\n\r\n1. [x] T001 One\r\n* [ ] T002 Two\r\n',
      },
    ]);
    expect(plan.outcomes.map((o) => [o.taskId, o.status])).toEqual([
      ['T001', 'checked'],
      ['T002', 'unchecked'],
    ]);
    expect(plan.refresh.map((r) => [r.key, r.state])).toEqual([
      ['001-a/T001', 'closed'],
      ['001-a/T002', 'open'],
    ]);
  });

  it('leaves items plansync does not manage, and tasks that agree, alone', () => {
    const text = '- [ ] T001 One\n- [x] T002 Two\n';
    const known = new Map([
      ['001-a/T001', remote('1', 'open', 'closed', { marker: null })],
      ['001-a/T002', remote('2', 'closed', 'closed')],
    ]);
    const plan = planPull([parse(text)], known);
    expect(plan).toEqual({ outcomes: [], files: [], refresh: [] });
  });

  it('asks for a marker refresh when both sides agree but the marker is behind', () => {
    // Checked in the plan and closed by hand on the tracker before any push saw it.
    const plan = planPull(
      [parse('- [x] T001 One\n')],
      new Map([['001-a/T001', remote('1', 'open', 'closed')]]),
    );
    expect(plan.files).toEqual([]);
    expect(plan.refresh.map((r) => r.state)).toEqual(['closed']);
  });
});
