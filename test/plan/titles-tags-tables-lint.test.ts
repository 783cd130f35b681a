import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/plan/format-problem.js';
import { lintFeature } from '../../src/plan/lint-feature.js';
import { parseFeature } from '../../src/plan/parse-feature.js';

const FILE = 'specs/007-export/tasks.md';
const parse = (text: string) =>
  parseFeature({ dir: 'specs/007-export', tasks: { path: FILE, text } });
const tasksOf = (text: string) => parse(text).feature.tasks;
const lint = (text: string) => lintFeature(parse(text)).map(formatProblem);

describe('titles that wrap over several lines', () => {
  it('reads the whole first paragraph of the item as the title, joined with spaces', () => {
    const text = [
      '- [ ] T012 [US2] Extend `TemplateVersion` in',
      '  `src/models/template.ts` with a `locale` field',
      '      and a default',
      '  - keep the migration reversible',
      '  - add a fixture',
      '- [ ] T013 Next task',
      '',
    ].join('\n');
    const [first, second] = tasksOf(text);
    expect(first).toMatchObject({
      id: 'T012',
      tags: ['US2'],
      title:
        'Extend `TemplateVersion` in `src/models/template.ts` with a `locale` field and a default',
    });
    expect(first?.details).toBe('- keep the migration reversible\n- add a fixture');
    expect(second?.title).toBe('Next task');
  });

  it('ends the title at a hard line break, keeping the field lines after it out', () => {
    const text = '- [T001] [P] Read the event loop  \n  Path: src/loop.c  \n  Depends: none\n';
    expect(tasksOf(text)[0]?.title).toBe('Read the event loop');
  });

  it('joins CRLF lines the same way', () => {
    const text = '- [ ] T012 Extend the model\r\n  with a locale\r\n- [ ] T013 Next\r\n';
    expect(tasksOf(text).map((t) => t.title)).toEqual(['Extend the model with a locale', 'Next']);
  });
});

describe('tags', () => {
  it('reads tags written together without spaces', () => {
    expect(tasksOf('- [ ] T005 [US1][FR-003][FR-003a] Validate the form\n')[0]).toMatchObject({
      tags: ['US1', 'FR-003', 'FR-003a'],
      title: 'Validate the form',
    });
  });

  it('reads trailing requirement references as tags', () => {
    expect(
      tasksOf('- [ ] T006 [P] Add rate limits to the API [FR-002, FR-005]\n')[0],
    ).toMatchObject({
      tags: ['P', 'FR-002', 'FR-005'],
      title: 'Add rate limits to the API',
    });
    expect(
      tasksOf('- [ ] T007 Cache the index [SC-004][FR-010] (depends on T006)\n')[0],
    ).toMatchObject({
      tags: ['SC-004', 'FR-010'],
      title: 'Cache the index',
      dependsOn: ['T006'],
    });
  });

  it('reads [P] in the middle of a line as a tag', () => {
    expect(
      tasksOf('- [ ] T008 [US1] Create the user model [P] in `src/models/user.ts`\n')[0],
    ).toMatchObject({
      tags: ['US1', 'P'],
      title: 'Create the user model in `src/models/user.ts`',
    });
  });

  it('keeps a bracketed phrase that is not a reference in the title', () => {
    expect(tasksOf('- [ ] T009 Document the [beta] flag\n')[0]?.title).toBe(
      'Document the [beta] flag',
    );
  });
});

describe('tables of tasks with a status column', () => {
  const table = (rows: string[]) =>
    ['| ID | Task | Status |', '|----|------|--------|', ...rows, ''].join('\n');

  it.each([
    ['Done (2025-09-22)', true],
    ['✅', true],
    ['Complete', true],
    ['[x]', true],
    ['**Done**', true],
    ['In progress', false],
    ['Pending', false],
    ['', false],
    ['⬜', false],
  ])('reads a status of "%s" as done: %s', (status, done) => {
    expect(tasksOf(table([`| T001 | Install packages | ${status} |`]))[0]).toMatchObject({
      id: 'T001',
      title: 'Install packages',
      done,
    });
  });

  it('reads a done mark in a column after the title when the table has no status header', () => {
    const text =
      '| Task | What | Done |\n|---|---|---|\n| T001 | Install | ✅ |\n| T002 | Build | |\n';
    expect(tasksOf(text).map((t) => t.done)).toEqual([true, false]);
    const plain =
      '| Task | What | Owner |\n|---|---|---|\n| T001 | Install | ✅ |\n| T002 | Build | Ana |\n';
    expect(tasksOf(plain).map((t) => t.done)).toEqual([true, false]);
  });
});

describe('lint on finished plans', () => {
  it('does not report key formats written in braces as template placeholders', () => {
    const text = [
      '## Phase 2: Storage',
      '',
      '- [X] T034 Scan RocksDB with the key format per table type: {UserId}:{row_id} for user tables, {row_id} for shared tables',
      '- [X] T035 Store keys as `{UserId}:{row_id}`',
      '',
      '```text',
      '{timestamp}:{row_id}',
      '```',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('still reports the template placeholder forms outside code', () => {
    const text =
      '# Tasks: {FEATURE_NAME}\n\n**Run ID**: {run_id}\n\n- [ ] T001 Configure {test framework}\n- [ ] T002 Write `{FEATURE_NAME}` into code\n';
    expect(lint(text).map((line) => line.split('\n')[0])).toEqual([
      `${FILE}:1:10 error unfilled template placeholder {FEATURE_NAME}`,
      `${FILE}:3:13 error unfilled template placeholder {run_id}`,
      `${FILE}:5:22 error unfilled template placeholder {test framework}`,
    ]);
  });

  it('does not read note bullets that relate tasks as duplicate tasks', () => {
    const text = [
      '## Phase 1: Setup',
      '',
      '- T004 Create the schema',
      '- T005 Seed the database',
      '- T013 Add the importer',
      '',
      '## Dependencies',
      '',
      '- T013 depends on T004, T005',
      '- T005 blocks T013',
      '',
    ].join('\n');
    const { feature } = parse(text);
    expect(feature.tasks.map((t) => [t.id, t.title])).toEqual([
      ['T004', 'Create the schema'],
      ['T005', 'Seed the database'],
      ['T013', 'Add the importer'],
    ]);
    expect(lint(text)).toEqual([]);
  });
});
