import { describe, expect, it } from 'vitest';
import type { PhaseLinkSite } from '../../src/plan/types.js';
import { applyEdits } from '../../src/writeback/apply-edits.js';
import { planEdits, type WriteBackRefs } from '../../src/writeback/plan-edits.js';
import { endOfLine, feature, lineSite, nextLine, phase, task } from './sites.js';

const ref = (n: number) => ({ text: `#${n}`, url: `https://github.com/acme/app/issues/${n}` });
const milestoneRef = { text: 'Phase 1: Setup', url: 'https://github.com/acme/app/milestone/1' };

function refs(
  tasks: Record<string, { text: string; url: string }>,
  phases: WriteBackRefs['phases'] = new Map(),
): WriteBackRefs {
  return { tasks: new Map(Object.entries(tasks)), phases };
}

function write(text: string, f: ReturnType<typeof feature>, r: WriteBackRefs, file = 'tasks.md') {
  return applyEdits(text, planEdits(f, r).get(file) ?? []);
}

describe('planEdits on tasks.md', () => {
  it('appends the link to the end of the task line, before its line ending', () => {
    const text = '- [ ] T001 [P] Create project structure\r\n- [ ] T002 Other\r\n';
    const site = { file: 'tasks.md', insertAt: endOfLine(text, 'T001'), existing: null };
    const out = write(text, feature([task('T001', site)]), refs({ T001: ref(123) }));
    expect(out).toBe(
      '- [ ] T001 [P] Create project structure [#123](https://github.com/acme/app/issues/123)\r\n- [ ] T002 Other\r\n',
    );
  });

  it('replaces a link that points elsewhere, and only its bytes', () => {
    const text = '- [x] T001 Build it [#9](https://old/9)  \n';
    const start = text.indexOf(' [#9]');
    const existing = {
      text: '#9',
      url: 'https://old/9',
      start,
      end: start + ' [#9](https://old/9)'.length,
    };
    const site = { file: 'tasks.md', insertAt: start, existing };
    const out = write(text, feature([task('T001', site)]), refs({ T001: ref(10) }));
    expect(out).toBe('- [x] T001 Build it [#10](https://github.com/acme/app/issues/10)  \n');
  });

  it('produces no edit when the task already carries the same link', () => {
    const text = '- [ ] T001 Build it [#10](https://github.com/acme/app/issues/10)\n';
    const start = text.indexOf(' [#10]');
    const existing = { ...ref(10), start, end: text.length - 1 };
    const site = { file: 'tasks.md', insertAt: start, existing };
    expect(planEdits(feature([task('T001', site)]), refs({ T001: ref(10) })).size).toBe(0);
  });

  it('leaves tasks that have no reference alone', () => {
    const text = '- [ ] T001 A\n- [ ] T002 B\n';
    const f = feature([
      task('T001', { file: 'tasks.md', insertAt: endOfLine(text, 'T001 A'), existing: null }),
      task('T002', { file: 'tasks.md', insertAt: endOfLine(text, 'T002 B'), existing: null }),
    ]);
    expect(write(text, f, refs({ T002: ref(2) }))).toBe(
      '- [ ] T001 A\n- [ ] T002 B [#2](https://github.com/acme/app/issues/2)\n',
    );
  });

  it('escapes brackets in the text and parentheses and spaces in the url', () => {
    const text = '- [ ] T001 A\n';
    const site = { file: 'tasks.md', insertAt: endOfLine(text, 'T001 A'), existing: null };
    const out = write(
      text,
      feature([task('T001', site)]),
      refs({ T001: { text: 'a]b[c', url: 'https://x/a b(c)<d>' } }),
    );
    expect(out).toBe('- [ ] T001 A [a\\]b\\[c](https://x/a%20b%28c%29%3Cd%3E)\n');
  });
});

describe('planEdits on plan.md', () => {
  const plan = '### Phase 1: Setup\n\n- Tasks: T001-T002\n- Duration: 1 day\n';

  function site(text: string, extra: Partial<PhaseLinkSite> = {}): PhaseLinkSite {
    return {
      file: 'plan.md',
      insertAt: nextLine(text, 'Tasks:'),
      prefix: '- ',
      eol: '\n',
      atEofWithoutNewline: false,
      milestone: null,
      issues: null,
      ...extra,
    };
  }
  const phaseRefs = new Map([['1', { milestone: milestoneRef, issues: [ref(1), ref(2)] }]]);

  it('inserts Milestone and Issues items after the Tasks item', () => {
    const out = write(plan, feature([], [phase('1', site(plan))]), refs({}, phaseRefs), 'plan.md');
    expect(out).toBe(
      '### Phase 1: Setup\n\n- Tasks: T001-T002\n' +
        '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\n' +
        '- Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)\n' +
        '- Duration: 1 day\n',
    );
  });

  it('keeps a file that ends without a newline ending without one', () => {
    const text = '### Phase 1: Setup\r\n\r\n  * Tasks: T001-T002';
    const s = site(text, {
      insertAt: text.length,
      prefix: '  * ',
      eol: '\r\n',
      atEofWithoutNewline: true,
    });
    const out = write(text, feature([], [phase('1', s)]), refs({}, phaseRefs), 'plan.md');
    expect(out).toBe(
      '### Phase 1: Setup\r\n\r\n  * Tasks: T001-T002\r\n' +
        '  * Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\r\n' +
        '  * Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)',
    );
  });

  it('rewrites an Issues item in place when the list of issues grew', () => {
    const text =
      '- Tasks: T001-T002\n' +
      '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\n' +
      '- Issues: [#1](https://github.com/acme/app/issues/1)\n' +
      '- Duration: 1 day\n';
    const s = site(text, {
      milestone: lineSite(text, 'Milestone:'),
      issues: lineSite(text, 'Issues:'),
    });
    const edits = planEdits(feature([], [phase('1', s)]), refs({}, phaseRefs)).get('plan.md');
    expect(edits).toHaveLength(1);
    expect(applyEdits(text, edits ?? [])).toBe(
      '- Tasks: T001-T002\n' +
        '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\n' +
        '- Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)\n' +
        '- Duration: 1 day\n',
    );
  });

  it('produces nothing when both items already say the same', () => {
    const text =
      '- Tasks: T001-T002\n' +
      '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\n' +
      '- Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)';
    const s = site(text, {
      milestone: lineSite(text, 'Milestone:'),
      issues: lineSite(text, 'Issues:'),
    });
    expect(planEdits(feature([], [phase('1', s)]), refs({}, phaseRefs)).size).toBe(0);
  });

  it('adds a missing Issues item right after an existing Milestone item at the end of the file', () => {
    const text =
      '- Tasks: T001-T002\n' +
      '+ Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)';
    const s = site(text, { milestone: lineSite(text, 'Milestone:') });
    const out = write(text, feature([], [phase('1', s)]), refs({}, phaseRefs), 'plan.md');
    expect(out).toBe(
      text +
        '\n+ Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)',
    );
  });

  it('adds a missing Milestone item just before an existing Issues item', () => {
    const text =
      '- Tasks: T001-T002\n' +
      '- Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)\n';
    const s = site(text, { issues: lineSite(text, 'Issues:') });
    const out = write(text, feature([], [phase('1', s)]), refs({}, phaseRefs), 'plan.md');
    expect(out).toBe(
      '- Tasks: T001-T002\n' +
        '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/1)\n' +
        '- Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)\n',
    );
  });

  it('writes no Milestone item when the phase has no group yet', () => {
    const only = new Map([['1', { milestone: null, issues: [ref(1)] }]]);
    const out = write(plan, feature([], [phase('1', site(plan))]), refs({}, only), 'plan.md');
    expect(out).toContain(
      '- Tasks: T001-T002\n- Issues: [#1](https://github.com/acme/app/issues/1)\n- Duration',
    );
    expect(out).not.toContain('Milestone');
  });

  it('skips phases that plan.md does not have', () => {
    expect(planEdits(feature([], [phase('1', null)]), refs({}, phaseRefs)).size).toBe(0);
  });
});
