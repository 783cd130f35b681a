import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/plan/format-problem.js';
import { lintFeature } from '../../src/plan/lint-feature.js';
import { parseFeature } from '../../src/plan/parse-feature.js';

const PLAN = 'specs/001-auth/plan.md';
const TASKS = 'specs/001-auth/tasks.md';
const lint = (files: { plan?: string; tasks?: string }) =>
  lintFeature(
    parseFeature({
      dir: 'specs/001-auth',
      ...(files.plan === undefined ? {} : { plan: { path: PLAN, text: files.plan } }),
      ...(files.tasks === undefined ? {} : { tasks: { path: TASKS, text: files.tasks } }),
    }),
  ).map((p) => formatProblem(p).split('\n')[0]);

describe('lintFeature', () => {
  it('reports a duplicate id at the second line, naming the first', () => {
    const tasks = '## Phase 1: A\n\n- [ ] T001 One\n- [ ] T002 Two\n- [ ] T001 Again\n';
    expect(lint({ tasks })).toEqual([`${TASKS}:5:7 error duplicate task id T001 (first at 3:7)`]);
  });

  it('reports a task written in two phases', () => {
    const tasks = '## Phase 1: A\n- [ ] T001 One\n## Phase 2: B\n- [ ] T001 One again\n';
    expect(lint({ tasks })).toEqual([
      `${TASKS}:4:7 error duplicate task id T001 (first at 2:7)`,
      `${TASKS}:4:7 error task T001 is in phase 2 and in phase 1 (at 2:7)`,
    ]);
  });

  it('reports ranges that overlap', () => {
    const plan = '### Phase 1: A\n- Tasks: T001-T003\n### Phase 2: B\n- Tasks: T003-T004\n';
    const tasks = '- [ ] T001 a\n- [ ] T002 b\n- [ ] T003 c\n- [ ] T004 d\n';
    expect(lint({ plan, tasks })).toEqual([
      `${PLAN}:4:10 error T003 is in the Tasks ranges of phase 1 (at 2:10) and phase 2`,
    ]);
  });

  it('reports a range that disagrees with tasks.md, which wins', () => {
    const plan = '### Phase 1: A\n- Tasks: T001\n### Phase 2: B\n- Tasks: T002\n';
    const tasks = '## Phase 1: A\n- [ ] T001 a\n- [ ] T002 b\n';
    expect(lint({ plan, tasks })).toEqual([
      `${PLAN}:4:10 warning plan puts T002 in phase 2 but ${TASKS}:3:1 has it in phase 1`,
    ]);
  });

  it('warns about ids in a range that have no task line', () => {
    const plan = '### Phase 2: Core work\n- Tasks: T001-T003, T010-T020\n';
    const tasks = '- [ ] T001 a\n';
    expect(lint({ plan, tasks })).toEqual([
      `${PLAN}:2:10 warning no task line for T002, T003 (phase 2); placeholder titles used`,
      `${PLAN}:2:21 warning no task line for T010, T011, T012, … T020 (11 ids) (phase 2); placeholder titles used`,
    ]);
  });

  it('fails an unfilled plan template with errors that name each placeholder', () => {
    const plan = [
      '# Implementation Plan: {FEATURE_NAME}',
      '',
      '### Phase 1: Setup & Foundation',
      '- Tasks: T001-T00X',
      '- Duration: {estimate}',
      '',
    ].join('\n');
    const problems = lint({ plan });
    expect(problems).toEqual([
      `${PLAN}:1:24 error unfilled template placeholder {FEATURE_NAME}`,
      `${PLAN}:4:15 error unfilled template placeholder T00X`,
      `${PLAN}:5:13 error unfilled template placeholder {estimate}`,
    ]);
  });

  it('does not report braces in code, in quotes or inside words as placeholders', () => {
    const tasks =
      '- [ ] T001 Add `GET /users/{id}` and the id format battle-{timestamp}\n- [ ] T002 Print "⚠ {LEVEL}: {summary}"\n\n```\n{FEATURE_NAME}\n```\n';
    expect(lint({ tasks })).toEqual([]);
  });

  it('reports a dependency on an id that is not a task as an error', () => {
    const tasks = '- [ ] T001 a\n- [ ] T002 b (depends on T001, T009)\n';
    expect(lint({ tasks })).toEqual([
      `${TASKS}:2:1 error T002 depends on T009, which is not a task`,
    ]);
  });

  it('warns when a task list has no tasks at all', () => {
    expect(lint({ tasks: '# Tasks\n\n- [ ] Clarify requirements\n' })).toEqual([
      `${TASKS}:1:1 warning no tasks found`,
    ]);
  });

  it('reports a phase number used twice', () => {
    const tasks = '## Phase 1: A\n- [ ] T001 a\n## Phase 1: B\n- [ ] T002 b\n';
    expect(lint({ tasks })).toEqual([`${TASKS}:3:1 error duplicate phase 1 (first at 1:1)`]);
  });

  it('reports every problem at once, sorted by file, line and column', () => {
    const plan = '### Phase 1: A\n- Tasks: T001-T002, T00X\n';
    const tasks = '- [ ] T002 b\n- [ ] T001 a\n- [ ] T002 again\n- [ ] TXXX later\n';
    expect(lint({ plan, tasks })).toEqual([
      `${PLAN}:2:21 error unfilled template placeholder T00X`,
      `${TASKS}:3:7 error duplicate task id T002 (first at 1:7)`,
      `${TASKS}:4:7 error unfilled template placeholder TXXX`,
    ]);
  });
});
