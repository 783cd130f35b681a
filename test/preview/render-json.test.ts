import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/preview/render-json.js';
import { everyKind, tasksFile } from './changesets.js';

describe('renderJson', () => {
  const parsed = JSON.parse(renderJson([everyKind], [tasksFile]));

  it('is versioned and sums up every kind of operation', () => {
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.summary).toEqual({
      create: 2,
      update: 1,
      close: 1,
      reopen: 1,
      conflict: 1,
      drift: 1,
      unchanged: 1,
      skip: 1,
    });
  });

  it('lists every operation of each feature with what changes and why', () => {
    const ops = parsed.features[0].operations;
    expect(parsed.features[0].id).toBe('auth');
    expect(ops.map((o: { op: string }) => o.op)).toEqual([
      'create',
      'create',
      'update',
      'close',
      'reopen',
      'conflict',
      'drift',
      'unchanged',
      'skip',
    ]);
    expect(ops[2]).toMatchObject({
      key: 'auth/T002',
      taskId: 'T002',
      changes: ['title', 'labels'],
      ref: { text: '#12', url: 'https://github.com/acme/app/issues/12' },
      fields: { title: 'Add login form', labels: ['P'] },
    });
    expect(ops[3].reason).toBe('removed');
    expect(ops[5].conflicts).toEqual(['title', 'body']);
    expect(ops[6].drift).toEqual(['labels']);
    expect(ops[8].reason).toBe('linked item has no plansync marker');
    expect(ops[0].ref).toBeUndefined();
  });

  it('carries the write-back diff of each changed file only', () => {
    const same = { file: 'plan.md', before: 'x', after: 'x' };
    const out = JSON.parse(renderJson([everyKind], [tasksFile, same]));
    expect(out.writeBack).toHaveLength(1);
    expect(out.writeBack[0].file).toBe('specs/auth/tasks.md');
    expect(out.writeBack[0].diff).toContain('+- [ ] T001 Create project structure [#21]');
  });

  it('lists the labels to create, an empty list when there are none', () => {
    expect(parsed.labelsToCreate).toEqual([]);
    const withLabels = JSON.parse(renderJson([everyKind], [], { labelsToCreate: ['US1'] }));
    expect(withLabels.labelsToCreate).toEqual(['US1']);
  });

  it('gives an empty plan for no changesets', () => {
    const out = JSON.parse(renderJson([], []));
    expect(out).toMatchObject({ schemaVersion: 1, features: [], writeBack: [] });
    expect(Object.values(out.summary).every((n) => n === 0)).toBe(true);
  });
});
