import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/plan/format-problem.js';
import { lintFeature } from '../../src/plan/lint-feature.js';
import { loadFeatures } from '../../src/discover/load-features.js';

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'plansync-load-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const plan = '**Feature ID:** 001-auth\n\n### Phase 1: Setup\n- Tasks: T001-T002\n';
const tasks = '## Phase 1: Setup\n- [ ] T001 A\n- [ ] T001 B\n';

describe('loadFeatures', () => {
  it('reads a feature folder as one feature and keeps paths as given in messages', async () => {
    const cwd = repo({ 'specs/001-auth/plan.md': plan, 'specs/001-auth/tasks.md': tasks });
    const { results, problems } = await loadFeatures(['specs/001-auth'], { cwd });
    expect(problems).toEqual([]);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.feature).toMatchObject({
      id: '001-auth',
      dir: 'specs/001-auth',
      planFile: 'specs/001-auth/plan.md',
      tasksFile: 'specs/001-auth/tasks.md',
    });
    expect(lintFeature(result!).map(formatProblem)).toContain(
      'specs/001-auth/tasks.md:3:7 error duplicate task id T001 (first at 2:7)\n  hint: give each task its own id',
    );
  });

  it('joins two files of the same folder into one feature', async () => {
    const cwd = repo({
      'specs/a/implementation-plan.md': plan,
      'specs/a/todo.md': '- [ ] T001 A\n',
    });
    const { results } = await loadFeatures(['specs/a/todo.md', 'specs/a/implementation-plan.md'], {
      cwd,
    });
    expect(results.map((r) => [r.feature.planFile, r.feature.tasksFile])).toEqual([
      ['specs/a/implementation-plan.md', 'specs/a/todo.md'],
    ]);
  });

  it('tells a plan from a task list by its content when the name does not say', async () => {
    const cwd = repo({
      'docs/roadmap.md': '## Implementation Phases\n### Phase 1: A\n- Tasks: T001\n',
    });
    const { results } = await loadFeatures(['docs/roadmap.md'], { cwd });
    expect(results[0]!.feature).toMatchObject({
      planFile: 'docs/roadmap.md',
      tasksFile: null,
      id: 'docs',
    });
  });

  it('uses the working folder name as the id for files in the working folder', async () => {
    const cwd = repo({ 'tasks.md': '- [ ] T001 A\n' });
    const { results } = await loadFeatures(['tasks.md'], { cwd });
    expect(results[0]!.feature.dir).toBe('.');
    expect(results[0]!.feature.id).toMatch(/^plansync-load-/);
  });

  it('keeps a BOM so offsets index the file as read', async () => {
    const cwd = repo({ 'f/tasks.md': '\uFEFF- [ ] T001 A\n' });
    const { results } = await loadFeatures(['f/tasks.md'], { cwd });
    expect(results[0]!.feature.tasks[0]!.source.start.offset).toBe(1);
  });

  it('reports missing paths and folders without plan documents, all at once', async () => {
    const cwd = repo({ 'specs/empty/notes.md': '# Notes\n' });
    const { results, problems } = await loadFeatures(['specs/nope', 'specs/empty'], { cwd });
    expect(results).toEqual([]);
    expect(problems.map((p) => formatProblem(p).split('\n')[0])).toEqual([
      'specs/nope:1:1 error no such file or folder',
      'specs/empty:1:1 error no plan.md or tasks.md in this folder',
    ]);
    expect(problems.every((p) => p.hint)).toBe(true);
  });
});
