import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  lintFeature,
  parseFeature,
  type ParseResult,
} from '../../src/plan/index.js';
import { obsoleteTasks, spotTitles } from './corpus-titles.js';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));

interface Row {
  file: string;
  kind: 'plan' | 'tasks';
  phases: number;
  taskIds: number;
  checked: number;
}

/**
 * Hand counts the parser deliberately differs from, and why.
 * 05a: the manifest counts `### ✅ Phase 0 初始评估` and `### 🔄 Phase 1 设计后复查`, which its own
 * notes call constitution gates, not implementation phases; an emoji before the word and no
 * separator after the number (like `Phase 1 Quality Gate`) is not a phase heading.
 */
const corrections: Record<string, Partial<Row>> = {
  '05a-cody1991--spec-kit-game--004-fix-battle-territory-bugs-plan.md': { phases: 0 },
};

/** Files that are unfilled templates: linting them must fail on their placeholders. */
const templates = ['01a', '01b', '04a', '04b', '25-', '26-', '27-', '28-'];

function readManifest(): Row[] {
  const [, ...lines] = readFileSync(resolve(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [file = '', , , kind, phases, taskIds, checked] = line.split('\t');
    const row: Row = {
      file,
      kind: kind === 'plan' ? 'plan' : 'tasks',
      phases: Number(phases),
      taskIds: Number(taskIds),
      checked: Number(checked),
    };
    return { ...row, ...corrections[file] };
  });
}

function parseOne(row: Row): ParseResult {
  const text = readFileSync(resolve(corpus, row.file), 'utf8');
  const doc = { path: row.file, text };
  return parseFeature(
    row.kind === 'plan' ? { dir: 'corpus', plan: doc } : { dir: 'corpus', tasks: doc },
  );
}

const realTasks = (result: ParseResult) => result.feature.tasks.filter((task) => !task.synthetic);

describe('the corpus of real plans and task lists', () => {
  const rows = readManifest();

  it('covers every markdown file in the corpus folder', () => {
    const files = readdirSync(corpus).filter((name) => /^\d.*\.md$/.test(name));
    expect(rows.map((row) => row.file).sort()).toEqual(files.sort());
  });

  it.each(rows.map((row) => [row.file, row] as const))('reads %s as counted by hand', (_, row) => {
    const result = parseOne(row);
    const tasks = realTasks(result);
    expect(new Set(tasks.map((task) => task.id)).size).toBe(row.taskIds);
    expect(tasks.filter((task) => task.done).length).toBe(row.checked);
    expect(result.feature.phases.length).toBe(row.phases);
    for (const task of tasks) {
      expect(task.title).not.toMatch(/^\s*(\[[ xX]\]|\*\*T|T-?\d)/);
      expect(task.title).not.toBe('');
    }
  });

  it.each(rows.map((row) => [row.file, row] as const))(
    'keeps every title of %s whole, without its id, tags or link',
    (file, row) => {
      const tasks = realTasks(parseOne(row));
      for (const task of tasks) {
        expect(task.title.startsWith(`${task.id} `)).toBe(false);
        expect(task.title).not.toMatch(/\[(?:P|US\d+)\]|\]\((?:https?:)?\/\//);
        // A title cut inside a code span leaves an odd number of backticks.
        expect((task.title.match(/`/g) ?? []).length % 2).toBe(0);
      }
      const prefix = Object.keys(spotTitles).find((key) => file.startsWith(key));
      for (const [id, title] of Object.entries(prefix ? (spotTitles[prefix] ?? {}) : {})) {
        expect(tasks.find((task) => task.id === id)?.title).toBe(title);
      }
      const struck = Object.entries(obsoleteTasks).find(([key]) => file.startsWith(key))?.[1] ?? [];
      expect(tasks.filter((task) => task.obsolete).map((task) => task.id)).toEqual(struck);
    },
  );

  it.each(rows.map((row) => [row.file, row] as const))('lints %s without crashing', (_, row) => {
    const problems = lintFeature(parseOne(row));
    for (const problem of problems) {
      expect(formatProblem(problem)).toMatch(/^\S+:\d+:\d+ (error|warning) \S/);
    }
    const placeholders = problems.filter((p) => p.code === 'placeholder');
    if (templates.some((prefix) => row.file.startsWith(prefix))) {
      expect(placeholders.length).toBeGreaterThan(0);
      expect(problems.some((p) => p.severity === 'error')).toBe(true);
    } else {
      expect(placeholders.map(formatProblem)).toEqual([]);
    }
  });

  it('never turns a placeholder id into a task', () => {
    for (const row of rows) {
      for (const task of parseOne(row).feature.tasks) expect(task.id).not.toMatch(/X/);
    }
  });

  it('parses each plan and task list pair as one feature where the task list wins', () => {
    const byPrefix = new Map<string, Row[]>();
    for (const row of rows) {
      const prefix = /^(\d+)[ab]-/.exec(row.file)?.[1];
      if (prefix) byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), row]);
    }
    expect(byPrefix.size).toBeGreaterThanOrEqual(10);
    for (const pair of byPrefix.values()) {
      const plan = pair.find((row) => row.kind === 'plan');
      const tasks = pair.find((row) => row.kind === 'tasks');
      if (!plan || !tasks) continue;
      const read = (row: Row) => ({
        path: row.file,
        text: readFileSync(resolve(corpus, row.file), 'utf8'),
      });
      const result = parseFeature({ dir: 'corpus', plan: read(plan), tasks: read(tasks) });
      expect(new Set(realTasks(result).map((task) => task.id)).size).toBe(tasks.taskIds);
      expect(() => lintFeature(result)).not.toThrow();
    }
  });

  it('reads the unfilled plan template as errors, not as tasks called T00X', () => {
    const row = rows.find((r) => r.file.startsWith('04a'));
    expect(row).toBeDefined();
    const problems = lintFeature(parseOne(row as Row)).map(formatProblem);
    expect(problems).toContain(
      '04a-dmnlng--claude-code-config--specflow-plan-template.md:214:15 error unfilled template placeholder T00X\n  hint: replace it with a real task id (for example T001-T005)',
    );
    expect(parseOne(row as Row).feature.tasks).toEqual([]);
  });
});
