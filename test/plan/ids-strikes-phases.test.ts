import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/plan/format-problem.js';
import { lintFeature } from '../../src/plan/lint-feature.js';
import { parseFeature } from '../../src/plan/parse-feature.js';

const FILE = 'specs/007-export/tasks.md';
const parse = (text: string) =>
  parseFeature({ dir: 'specs/007-export', tasks: { path: FILE, text } });
const tasksOf = (text: string) => parse(text).feature.tasks;
const lint = (text: string) => lintFeature(parse(text)).map(formatProblem);

describe('ids with longer suffixes and named ids', () => {
  it('keeps every task when ids carry a letter or a word after the number', () => {
    const text = [
      '## Phase 2: Export',
      '',
      '- [ ] T020 Add the export button',
      '- [ ] T021 Render the PDF',
      '- [ ] T021A Render the PDF header',
      '- [x] T014pre Spike the DOCX writer',
      '- [ ] T040A Check page numbers',
      '',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.title, t.done])).toEqual([
      ['T020', 'Add the export button', false],
      ['T021', 'Render the PDF', false],
      ['T021A', 'Render the PDF header', false],
      ['T014pre', 'Spike the DOCX writer', true],
      ['T040A', 'Check page numbers', false],
    ]);
  });

  it('keeps a named id listed among numbered ones', () => {
    const text =
      '- [ ] T030 Split the store\n- [ ] T_REFACTOR_1 Rename the store module\n- [ ] T031 Wire it up\n';
    expect(tasksOf(text).map((t) => t.id)).toEqual(['T030', 'T_REFACTOR_1', 'T031']);
    expect(tasksOf(text)[1]?.title).toBe('Rename the store module');
  });

  it('keeps tasks added later under a word hung off an existing id', () => {
    const text =
      '- [x] T533 Move the catalog\n- [x] T533-NEW1 Register the new column family\n- [ ] T533-CLEANUP2 Remove the old file\n- [ ] T534-T536 are deferred\n';
    expect(tasksOf(text).map((t) => [t.id, t.title])).toEqual([
      ['T533', 'Move the catalog'],
      ['T533-NEW1', 'Register the new column family'],
      ['T533-CLEANUP2', 'Remove the old file'],
    ]);
  });

  it('reads a suffixed id in the first cell of a table row', () => {
    const text = [
      '| ID | Task | Files |',
      '|----|------|-------|',
      '| T040 | Install packages | package.json |',
      '| T040A | Pin the PDF library | package.json |',
      '',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.title])).toEqual([
      ['T040', 'Install packages'],
      ['T040A', 'Pin the PDF library'],
    ]);
  });

  it('still reads a template placeholder as a placeholder, not as an id with a suffix', () => {
    expect(tasksOf('- [ ] T00X Do something\n')).toEqual([]);
    expect(lint('- [ ] T00X Do something\n')).toContainEqual(
      `${FILE}:1:7 error unfilled template placeholder T00X\n  hint: fill in the template, or remove the line`,
    );
  });
});

describe('struck-through tasks', () => {
  it('reads a struck-through task as obsolete, with its id, title and box', () => {
    const [task] = tasksOf('- [X] ~~T018 Add file manager~~ **OBSOLETE**\n');
    expect(task).toMatchObject({
      id: 'T018',
      title: 'Add file manager',
      done: true,
      obsolete: true,
    });
  });

  it('reads a struck-through id, or a struck-through title, as obsolete too', () => {
    expect(tasksOf('- [ ] ~~T019~~ Add a sidebar\n')[0]).toMatchObject({
      id: 'T019',
      title: 'Add a sidebar',
      obsolete: true,
    });
    expect(tasksOf('- [ ] T020 [P] ~~Add a footer~~\n')[0]).toMatchObject({
      id: 'T020',
      title: 'Add a footer',
      tags: ['P'],
      obsolete: true,
    });
  });

  it('keeps the note after a struck task out of its title', () => {
    expect(
      tasksOf(
        '- [x] ~~T002 Create the cloud account~~ → **REPLACED by T021a (DigitalOcean)**\n',
      )[0],
    ).toMatchObject({ id: 'T002', title: 'Create the cloud account', obsolete: true });
    expect(
      tasksOf('- [x] T049 [US2] ~~Create the secrets component~~ SKIPPED (built in)\n')[0],
    ).toMatchObject({
      id: 'T049',
      title: 'Create the secrets component',
      tags: ['US2'],
      obsolete: true,
    });
  });

  it('leaves other tasks not obsolete, even with struck words inside the title', () => {
    expect(tasksOf('- [ ] T021 Replace ~~Moment~~ with date-fns\n')[0]).toMatchObject({
      title: 'Replace ~~Moment~~ with date-fns',
      obsolete: false,
    });
  });
});

describe('phase headings', () => {
  it.each([
    ['## Phase 3a: Import', '3a', 'Import'],
    ['## Phase 3a', '3a', ''],
    ['## フェーズ 2b: 仕上げ', '2b', '仕上げ'],
    ['## Fase final: Pulido', 'Final', 'Pulido'],
    ['## Phase finale : Nettoyage', 'Final', 'Nettoyage'],
    ['## Phase finale', 'Final', ''],
  ])('reads %s as phase %s', (heading, number, title) => {
    const { feature } = parse(`${heading}\n\n- [ ] T001 Do the work\n`);
    expect(feature.phases.map((p) => [p.number, p.title])).toEqual([[number, title]]);
    expect(feature.tasks[0]?.phase).toBe(number);
  });

  it('reads phases written as plain lines in a file without phase headings', () => {
    const text = [
      '# Tasks',
      '',
      'PHASE 0 — Foundations',
      '',
      '- [ ] T001 Create the repository',
      '- [ ] T002 Add CI',
      '',
      'PHASE 1 — Core',
      '',
      '- [ ] T003 Build the parser',
      '',
    ].join('\n');
    const { feature } = parse(text);
    expect(feature.phases.map((p) => [p.number, p.title])).toEqual([
      ['0', 'Foundations'],
      ['1', 'Core'],
    ]);
    expect(feature.tasks.map((t) => t.phase)).toEqual(['0', '0', '1']);
  });

  it('leaves plain lines alone in a file that has phase headings', () => {
    const text =
      '## Phase 1: Setup\n\n- [ ] T001 Start\n\nPhase 2: later, maybe\n\n- [ ] T002 Go on\n';
    expect(parse(text).feature.phases.map((p) => p.number)).toEqual(['1']);
  });

  it('warns about the tasks under a heading that is not a phase', () => {
    const text = [
      '## Phase 1: Setup',
      '',
      '- [ ] T001 Start',
      '',
      '## Stage two (importers)',
      '',
      ...[7, 8, 9, 10, 11, 12, 13, 14].map(
        (n) => `- [ ] T0${String(n).padStart(2, '0')} Importer ${n}`,
      ),
      '',
      '## Phase 3: Polish',
      '',
      '- [ ] T015 Finish',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([
      `${FILE}:7:1 warning T007–T014 have no phase\n  hint: put the tasks under a phase heading such as "## Phase 2: Name"`,
    ]);
  });

  it('reads a phase named again one level down, in a summary section, as the same phase', () => {
    const text = [
      '## Phase 1: Setup',
      '',
      '- [ ] T001 Start',
      '',
      '## Phase 2: Models',
      '',
      '- [ ] T002 Build',
      '',
      '## Parallel opportunities',
      '',
      '### Phase 2: Models',
      '',
      '- **T002** can run beside the docs work',
      '',
    ].join('\n');
    expect(parse(text).feature.phases.map((p) => p.number)).toEqual(['1', '2']);
    expect(lint(text)).toEqual([]);
  });

  it('does not warn when a task list has no phases at all', () => {
    expect(lint('# Tasks\n\n- [ ] T001 Start\n- [ ] T002 Finish\n')).toEqual([]);
  });
});
