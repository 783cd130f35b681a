import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';

const FILE = 'specs/001-auth/tasks.md';
const parseTasks = (text: string) =>
  parseFeature({ dir: 'specs/001-auth', tasks: { path: FILE, text } });
const tasksOf = (text: string) => parseTasks(text).feature.tasks;
const one = (text: string) => {
  const tasks = tasksOf(text);
  expect(tasks).toHaveLength(1);
  return tasks[0]!;
};

describe('task lines', () => {
  it.each([
    ['- [ ] T001 Create project structure', 'T001', false],
    ['- [x] T001 Create project structure', 'T001', true],
    ['- [X] T001 Create project structure', 'T001', true],
    ['* [ ] T001 Create project structure', 'T001', false],
    ['+ [ ] T001 Create project structure', 'T001', false],
    ['1. [ ] T001 Create project structure', 'T001', false],
    ['- T001 Create project structure', 'T001', false],
    ['- [ ] T001: Create project structure', 'T001', false],
    ['- **T001** Create project structure', 'T001', false],
    ['- [T001] Create project structure', 'T001', false],
    ['- [ ] T001a Create project structure', 'T001a', false],
    ['- [ ] T-1.1 Create project structure', 'T-1.1', false],
    ['- [ ] T1000 Create project structure', 'T1000', false],
    ['- [ ] T000 Create project structure', 'T000', false],
  ])('reads %s', (line, id, done) => {
    const task = one(`## Phase 1: Setup\n\n${line}\n`);
    expect(task).toMatchObject({ id, done, title: 'Create project structure', phase: '1' });
  });

  it('reads the tags before and after the id, and keeps them out of the title', () => {
    expect(one('- [ ] T012 [P] [US1] Create model in src/models/user.py\n')).toMatchObject({
      tags: ['P', 'US1'],
      title: 'Create model in src/models/user.py',
    });
    expect(one('- [ ] T006: [RED] Write test: `login()` rejects bad input\n')).toMatchObject({
      tags: ['RED'],
      title: 'Write test: `login()` rejects bad input',
    });
    expect(one('- [ ] T002 [P]: Parallel foundation work\n')).toMatchObject({
      tags: ['P'],
      title: 'Parallel foundation work',
    });
    expect(one('* [P] [ ] T005 [US1] Create `src/components/TodoInput.tsx`\n')).toMatchObject({
      tags: ['P', 'US1'],
      done: false,
      title: 'Create `src/components/TodoInput.tsx`',
    });
  });

  it('keeps a title that starts with a bracketed phrase, and file paths in backticks', () => {
    expect(one('- [ ] T001 [Task Title] in `src/a.ts`\n').title).toBe('[Task Title] in `src/a.ts`');
  });

  it('reads depends on, in English and Portuguese, and strips a trailing dependency note', () => {
    expect(one('- [ ] T014 [US1] Implement UserService (depends on T012, T013)\n')).toMatchObject({
      title: 'Implement UserService',
      dependsOn: ['T012', 'T013'],
    });
    expect(one('- [ ] T003 Criar agendador (depende de T001)\n')).toMatchObject({
      title: 'Criar agendador',
      dependsOn: ['T001'],
    });
    expect(one('- **T004** Regenerar tipos. Depende de T001, T002, T003.\n')).toMatchObject({
      title: 'Regenerar tipos.',
      dependsOn: ['T001', 'T002', 'T003'],
    });
    expect(one('- [ ] T020 Wire it, which depends on T010 being merged first\n')).toMatchObject({
      title: 'Wire it, which depends on T010 being merged first',
      dependsOn: ['T010'],
    });
  });

  it('keeps sub-bullets as details and does not read ids in them as tasks', () => {
    const task = one('- [ ] T008 Build the form\n  - uses T003 output\n  - Depends on: T005\n');
    expect(task.details).toBe('- uses T003 output\n- Depends on: T005');
    expect(task.dependsOn).toEqual(['T005']);
  });

  it('reads task headings with their status and dependency fields', () => {
    const tasks = tasksOf(
      '## Phase 1: Foundation\n\n### T-1.1: Create the module\n\n- **Status**: [x] Done\n\n### T-1.2: Wire the handler\n\n- **Dependencies**: T-1.1\n- **Status**: [ ] Not Started\n',
    );
    expect(tasks.map((t) => [t.id, t.title, t.done, t.phase, t.dependsOn])).toEqual([
      ['T-1.1', 'Create the module', true, '1', []],
      ['T-1.2', 'Wire the handler', false, '1', ['T-1.1']],
    ]);
  });

  it('reads table rows whose first cell is one task id, and not tables of ranges or progress', () => {
    const text = [
      '| ID | Task | Files |',
      '|----|------|-------|',
      '| T001 | Install packages | package.json |',
      '| **T002** | Add the route | src/app.ts |',
      '',
      '| Phase | Tasks | Done |',
      '|---|---|---|',
      '| 1 | T001-T004 | 0/4 |',
      '| T003-T005 | three | 0 |',
      '',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.title])).toEqual([
      ['T001', 'Install packages'],
      ['T002', 'Add the route'],
    ]);
  });

  it('ignores ids in code fences, HTML comments, prose and reference lists', () => {
    const text = [
      '## Phase 1: Setup',
      '',
      '- [ ] T001 Real task',
      '',
      '```bash',
      '- [ ] T002 in a fence',
      'Task: "T003 [P] [US1] Unit test"',
      '```',
      '',
      '<!--',
      '- [ ] T004 in a comment',
      '-->',
      '',
      'T005 is mentioned in prose, and so is - [ ] T006.',
      '',
      '- T001 blocks T007.',
      '- T001, T002 can run together',
      '- T001 → T002 → T003',
      '- T001-T005 are the foundation',
      '2. T001: first step of the order',
      '',
    ].join('\n');
    expect(tasksOf(text).map((t) => t.id)).toEqual(['T001']);
  });

  it('reads tasks without checkboxes when the whole file writes them that way', () => {
    const text =
      '## Fase 1: Base\n\n- **T001** [INFRA] Crear migración\n- **T002** [P] [INFRA] Crear otra\n\n## Orden\n\n1. **T001, T002** (migraciones) → **T004**\n2. **T002** (otra vez)\n';
    expect(tasksOf(text).map((t) => [t.id, t.tags, t.phase])).toEqual([
      ['T001', ['INFRA'], '1'],
      ['T002', ['P', 'INFRA'], '1'],
    ]);
  });

  it('never makes a task of a placeholder id, and reports it where it is written', () => {
    const result = parseTasks('## Phase N: Polish\n\n- [ ] TXXX [P] Documentation updates\n');
    expect(result.feature.tasks).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        line: 3,
        column: 7,
        severity: 'error',
        message: 'unfilled template placeholder TXXX',
      }),
    );
  });
});

describe('phases in tasks.md', () => {
  it('groups tasks under phase headings of any level and ends a phase at a sibling heading', () => {
    const text = [
      '# Tasks',
      '## Phase 1: Setup',
      '### Tests',
      '- [ ] T001 One',
      '## Phase 2: Core',
      '#### Deep',
      '- [ ] T002 Two',
      '## Phase Dependencies',
      '- [ ] T003 Three',
      '',
    ].join('\n');
    const { feature } = parseTasks(text);
    expect(feature.phases.map((p) => [p.number, p.title, p.tasks])).toEqual([
      ['1', 'Setup', ['T001']],
      ['2', 'Core', ['T002']],
    ]);
    expect(feature.tasks.map((t) => t.phase)).toEqual(['1', '2', null]);
  });

  it('keeps a phase with no tasks', () => {
    const { feature } = parseTasks(
      '## Phase 4: Later\n\n_Nothing yet._\n\n## Phase 5: Done\n\n- [x] T001 A\n',
    );
    expect(feature.phases.map((p) => [p.number, p.tasks])).toEqual([
      ['4', []],
      ['5', ['T001']],
    ]);
  });

  it('takes the feature id from **Feature ID:**, else the folder name', () => {
    expect(parseTasks('**Feature ID:** 042-billing\n\n- [ ] T001 A\n').feature.id).toBe(
      '042-billing',
    );
    expect(parseTasks('- [ ] T001 A\n').feature.id).toBe('001-auth');
    expect(parseTasks('**Feature ID:** {FEATURE_ID}\n').feature.id).toBe('001-auth');
  });
});

describe('offsets', () => {
  it('keeps offsets exact in a CRLF file', () => {
    const text = '## Phase 1: Setup\r\n\r\n- [ ] T001 Create project\r\n- [x] T002 Add CI   \r\n';
    const [first, second] = tasksOf(text);
    expect(text.slice(0, first!.linkSite.insertAt).endsWith('T001 Create project')).toBe(true);
    expect(text.slice(0, second!.linkSite.insertAt).endsWith('T002 Add CI')).toBe(true);
    expect(second!.source.start).toEqual({ line: 4, column: 1, offset: text.indexOf('- [x]') });
    expect(second!.title).toBe('Add CI');
  });

  it('counts a BOM in every offset, so splices land on the original text', () => {
    const text = '\uFEFF## Phase 1: Setup\n\n- [ ] T001 Create project\n';
    const task = one(text);
    expect(task.source.start.offset).toBe(text.indexOf('- [ ]'));
    expect(text.slice(0, task.linkSite.insertAt).endsWith('Create project')).toBe(true);
    expect(parseTasks(text).feature.phases[0]?.source.start).toEqual({
      line: 1,
      column: 2,
      offset: 1,
    });
  });

  it('reads tasks after YAML front matter, also with a BOM', () => {
    const text =
      '\uFEFF---\ndescription: "x"\n\ntitle: Tasks\n---\n\n## Phase 1: Setup\n- [ ] T001 A\n';
    expect(one(text)).toMatchObject({ id: 'T001', phase: '1' });
  });

  it('puts the link site at the end of a file with no final newline', () => {
    const text = '- [ ] T001 Last line';
    expect(one(text).linkSite.insertAt).toBe(text.length);
  });
});

describe('written-back links', () => {
  it('recognises and strips a trailing tracker link', () => {
    const text =
      '- [ ] T001 [P] Create project structure [#123](https://github.com/acme/app/issues/123)\n';
    const task = one(text);
    expect(task.title).toBe('Create project structure');
    expect(task.link).toEqual({
      text: '#123',
      url: 'https://github.com/acme/app/issues/123',
      start: text.indexOf(' [#123]'),
      end: text.indexOf(')') + 1,
    });
    expect(task.linkSite.existing).toEqual(task.link);
    expect(task.linkSite.insertAt).toBe(text.indexOf('\n'));
  });

  it('recognises key-style references such as ENG-42', () => {
    const task = one(
      '- [x] T002 Add login [ENG-42](https://linear.app/acme/issue/ENG-42/add-login)  \n',
    );
    expect(task).toMatchObject({ title: 'Add login', done: true });
    expect(task.link?.text).toBe('ENG-42');
  });

  it('strips the link before the dependency note', () => {
    const task = one(
      '- [ ] T014 Service (depends on T012) [PROJ-17](https://acme.atlassian.net/browse/PROJ-17)\n',
    );
    expect(task).toMatchObject({ title: 'Service', dependsOn: ['T012'] });
  });

  it('leaves other trailing links in the title', () => {
    const task = one('- [ ] T003 Follow the [docs](https://example.com/docs)\n');
    expect(task.link).toBeNull();
    expect(task.title).toBe('Follow the [docs](https://example.com/docs)');
  });

  it('looks for the link at the end of the title, not in the lines under it', () => {
    const text = '- [ ] T004 Title\n  - more text [#9](https://github.com/acme/app/issues/9)\n';
    const task = one(text);
    expect(task.link).toBeNull();
    expect(text.slice(0, task.linkSite.insertAt).endsWith('T004 Title')).toBe(true);
  });

  it('reads the link at the end of a title that wraps, and puts a new one there', () => {
    const linked =
      '- [ ] T004 Extend `Template` in\n  `src/a.ts` [#9](https://github.com/acme/app/issues/9)\n';
    expect(one(linked)).toMatchObject({
      title: 'Extend `Template` in `src/a.ts`',
      link: { text: '#9' },
    });
    const text = '- [ ] T004 Extend `Template` in\n  `src/a.ts`\n  - a note\n';
    expect(text.slice(0, one(text).linkSite.insertAt).endsWith('`src/a.ts`')).toBe(true);
  });
});
