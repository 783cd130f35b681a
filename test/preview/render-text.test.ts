import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/preview/render-text.js';
import { everyKind, tasksFile } from './changesets.js';

const ANSI = /\u001b\[/;

describe('renderText', () => {
  const out = renderText([everyKind], [tasksFile], { color: false });
  const lines = out.split('\n');

  it('lists the labels a push would create, and counts them in the summary', () => {
    const text = renderText([everyKind], [], { color: false, labelsToCreate: ['US1', 'parallel'] });
    expect(text).toContain('Labels to create:\n  + label US1\n  + label parallel\n');
    expect(text).toMatch(/, 2 labels to create\.\n$/);
  });

  it('starts with the legend', () => {
    expect(lines[0]).toBe('+ create  ~ update  - close  ↺ reopen  ! conflict  ? drift');
  });

  it('shows one line per operation that does something, with its group and changed fields', () => {
    expect(lines).toContain('  + Phase 2: Core');
    expect(lines).toContain('  + T001 Create project structure → Phase 2: Core');
    expect(lines).toContain(
      '  ~ T002 Add login form → Phase 2: Core (title: "Add login" → "Add login form", labels)',
    );
    expect(lines).toContain('  - T003 Old task (closed: removed from the plan)');
    expect(lines).toContain('  ↺ T004 Fix logout → Phase 2: Core (state)');
    expect(lines).toContain(
      '  ! T005 Session | store → Phase 2: Core (conflict: title, body changed in the plan and on the tracker)',
    );
    expect(lines).toContain(
      '  ? T006 Rate limits (drift: labels changed on the tracker, left as is)',
    );
  });

  it('notes a skipped item with its reason and leaves unchanged ones out', () => {
    expect(lines).toContain(
      '  · T008 Linked by hand (skipped: linked item has no plansync marker)',
    );
    expect(out).not.toContain('T007');
  });

  it('shows the write-back as a unified diff with a/ and b/ names', () => {
    expect(out).toContain(
      '--- a/specs/auth/tasks.md\n+++ b/specs/auth/tasks.md\n@@ -1,3 +1,3 @@\n # Tasks\n \n' +
        '-- [ ] T001 Create project structure\n' +
        '+- [ ] T001 Create project structure [#21](https://github.com/acme/app/issues/21)\n',
    );
    expect(out).not.toContain('\r');
  });

  it('ends with exactly one summary line', () => {
    expect(lines.filter((line) => /^(Plan:|No changes\.)/.test(line))).toHaveLength(1);
    expect(
      out.endsWith(
        'Plan: 2 to create, 1 to update, 1 to close, 1 to reopen, 1 conflict, 1 drifted, 1 file to write back.\n',
      ),
    ).toBe(true);
  });

  it('has no colour codes when colour is off, and has them when on', () => {
    expect(out).not.toMatch(ANSI);
    const colored = renderText([everyKind], [tasksFile], { color: true });
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[32m+\u001b[39m T001 Create project structure');
  });

  it('says only "No changes." when nothing would be written anywhere', () => {
    expect(renderText([], [], { color: false })).toBe('No changes.\n');
    const quiet = {
      feature: 'auth',
      operations: everyKind.operations.filter((o) => o.op === 'unchanged'),
    };
    const same = { file: 'plan.md', before: 'x\n', after: 'x\n' };
    expect(renderText([quiet], [same], { color: true })).toBe('No changes.\n');
  });

  it('counts plurals as a person would say them', () => {
    const twoConflicts = {
      feature: 'auth',
      operations: [everyKind.operations[1]!, everyKind.operations[5]!, everyKind.operations[5]!],
    };
    expect(renderText([twoConflicts], [], { color: false })).toContain(
      'Plan: 1 to create, 0 to update, 0 to close, 2 conflicts.\n',
    );
  });
});

describe('every write a push makes', () => {
  it('names the close after a create and the dependencies set after it', async () => {
    const { renderJson } = await import('../../src/preview/render-json.js');
    const create = everyKind.operations.find((op) => op.key === 'auth/T001')!;
    const changeset = {
      feature: 'auth',
      operations: [
        {
          ...create,
          closeAfter: true,
          fields: {
            ...('fields' in create ? create.fields : ({} as never)),
            dependsOn: ['auth/T000'],
          },
        } as typeof create,
      ],
    };
    const text = renderText([changeset], [], { color: false });
    expect(text).toContain(
      '+ T001 Create project structure → phase-2 (then closed: already done; then its dependencies are set)',
    );
    const json = JSON.parse(renderJson([changeset], []));
    expect(json.features[0].operations[0].then).toEqual(['close', 'relate']);
  });
});
