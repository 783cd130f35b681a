import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';

const PLAN = 'specs/001-auth/plan.md';
const TASKS = 'specs/001-auth/tasks.md';
const parse = (plan: string, tasks?: string) =>
  parseFeature({
    dir: 'specs/001-auth',
    plan: { path: PLAN, text: plan },
    ...(tasks === undefined ? {} : { tasks: { path: TASKS, text: tasks } }),
  });

const planText = [
  '# Implementation Plan: Auth',
  '',
  '**Feature ID:** 001-auth',
  '',
  '## Implementation Phases',
  '',
  '### Phase 1: Setup & Foundation',
  '- Tasks: T001-T003',
  '- Duration: 2 days',
  '- Deliverables: Project skeleton',
  '',
  '### Phase 2: Core work',
  '- **Tasks**: T004, T005',
  '- Duration: 1 week',
  '- Deliverables:',
  '  - Login endpoint',
  '  - Session store',
  '',
].join('\n');

describe('plan.md phases', () => {
  it('reads phases with their ranges, duration and deliverables', () => {
    const { feature } = parse(planText);
    expect(feature.id).toBe('001-auth');
    expect(
      feature.phases.map((p) => [p.number, p.title, p.planTaskIds, p.duration, p.deliverables]),
    ).toEqual([
      ['1', 'Setup & Foundation', ['T001', 'T002', 'T003'], '2 days', ['Project skeleton']],
      ['2', 'Core work', ['T004', 'T005'], '1 week', ['Login endpoint', 'Session store']],
    ]);
  });

  it('makes placeholder tasks for ids only a range names, titled after the phase', () => {
    const { feature } = parse(planText);
    expect(feature.tasks.map((t) => [t.id, t.title, t.phase, t.synthetic])).toContainEqual([
      'T004',
      'Phase 2: Core work — T004',
      '2',
      true,
    ]);
    expect(feature.tasks).toHaveLength(5);
  });

  it('puts the link site after the Tasks item, with its prefix and the file line ending', () => {
    const { feature } = parse(planText);
    const [one, two] = feature.phases.map((p) => p.linkSite!);
    expect(planText.slice(0, one!.insertAt).endsWith('- Tasks: T001-T003\n')).toBe(true);
    expect(one).toMatchObject({
      prefix: '- ',
      eol: '\n',
      atEofWithoutNewline: false,
      milestone: null,
      issues: null,
    });
    expect(planText.slice(0, two!.insertAt).endsWith('- **Tasks**: T004, T005\n')).toBe(true);
  });

  it('copies an indented bullet as the prefix and keeps CRLF', () => {
    const text = '## Phase 1: Setup\r\n\r\n  * Tasks: T001-T002\r\n  * Duration: 1d\r\n';
    const site = parse(text).feature.phases[0]!.linkSite!;
    expect(site.prefix).toBe('  * ');
    expect(site.eol).toBe('\r\n');
    expect(text.slice(0, site.insertAt).endsWith('T001-T002\r\n')).toBe(true);
  });

  it('puts the link site right under the heading when prose follows, so the prose stays out of the list', () => {
    const text = '### Phase 1: Data\n\nSome prose.\n';
    const site = parse(text).feature.phases[0]!.linkSite!;
    expect(site.insertAt).toBe(text.indexOf('\n\nSome prose.') + 1);
    expect(site.prefix).toBe('- ');
  });

  it('puts the link site after the blank line when a list follows, joining that list', () => {
    const text = '### Phase 1: Data\n\n- Duration: 2 days\n';
    const site = parse(text).feature.phases[0]!.linkSite!;
    expect(site.insertAt).toBe(text.indexOf('- Duration'));
  });

  it('marks an insertion at the end of a file without a final newline', () => {
    const text = '### Phase 1: Data\n- Tasks: T001';
    const site = parse(text).feature.phases[0]!.linkSite!;
    expect(site.insertAt).toBe(text.length);
    expect(site.atEofWithoutNewline).toBe(true);
  });

  it('finds the Milestone and Issues items written back earlier', () => {
    const milestone = '- Milestone: [Phase 1: Setup](https://github.com/acme/app/milestone/3)\n';
    const issues =
      '- Issues: [#1](https://github.com/acme/app/issues/1), [#2](https://github.com/acme/app/issues/2)\n';
    const text = `### Phase 1: Setup\n- Tasks: T001-T002\n${milestone}${issues}- Duration: 1d\n`;
    const phase = parse(text).feature.phases[0]!;
    const site = phase.linkSite!;
    expect(text.slice(site.milestone!.start, site.milestone!.end)).toBe(milestone);
    expect(text.slice(site.issues!.start, site.issues!.end)).toBe(issues);
    expect(site.milestone!.text).toBe(milestone.trimEnd());
    expect(phase.link).toMatchObject({
      text: 'Phase 1: Setup',
      url: 'https://github.com/acme/app/milestone/3',
    });
    expect(text.slice(phase.link!.start, phase.link!.end)).toBe(
      ' [Phase 1: Setup](https://github.com/acme/app/milestone/3)',
    );
  });
});

describe('plan.md with tasks.md', () => {
  const tasks = [
    '## Phase 1: Setup',
    '- [ ] T001 Create branch',
    '- [ ] T002 Scaffold',
    '- [ ] T004 Configure CI',
    '## Phase 2: Core',
    '- [x] T003 Write login',
    '- [ ] T005 Write logout',
    '## Phase 3: Polish',
    '- [ ] T006 Docs',
    '',
  ].join('\n');

  it('matches phases by number and lets tasks.md decide where each task sits', () => {
    const { feature, problems } = parse(planText, tasks);
    expect(feature.phases.map((p) => [p.number, p.title, p.tasks, p.duration])).toEqual([
      ['1', 'Setup', ['T001', 'T002', 'T004'], '2 days'],
      ['2', 'Core', ['T003', 'T005'], '1 week'],
      ['3', 'Polish', ['T006'], null],
    ]);
    expect(feature.phases[0]!.source.file).toBe(TASKS);
    expect(feature.phases[0]!.planSource?.file).toBe(PLAN);
    expect(feature.phases[2]!.linkSite).toBeNull();
    expect(feature.tasks.some((t) => t.synthetic)).toBe(false);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      `8:10 warning plan puts T003 in phase 1 but ${TASKS}:6:1 has it in phase 2`,
      `13:14 warning plan puts T004 in phase 2 but ${TASKS}:4:1 has it in phase 1`,
    ]);
  });

  it('gives a task without a phase the phase of the range that names it', () => {
    const { feature } = parse(planText, '- [ ] T001 A\n- [ ] T002 B\n');
    expect(feature.tasks.find((t) => t.id === 'T001')?.phase).toBe('1');
    expect(feature.phases[0]?.tasks).toEqual(['T001', 'T002', 'T003']);
  });
});
