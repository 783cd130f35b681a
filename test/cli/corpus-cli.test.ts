import { copyFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type Repo } from './run-cli.js';

const CORPUS = path.resolve(import.meta.dirname, '../corpus');
const TEMPLATES = ['01a', '01b', '04a', '04b', '25-', '26-', '27-', '28-'];
/** Finished plans that define some task ids twice: lint is right to fail them. */
const DUPLICATE_IDS = ['33-', '43-'];

function manifest() {
  const [, ...lines] = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [file = '', , , kind = '', , taskIds = '0', checked = '0'] = line.split('\t');
    return { file, kind, taskIds: Number(taskIds), checked: Number(checked) };
  });
}

let repo: Repo;
const rows = manifest();
beforeAll(async () => {
  repo = await makeRepo({});
  for (const row of rows)
    await copyFile(path.join(CORPUS, row.file), path.join(repo.dir, row.file));
});
afterAll(async () => {
  await repo.remove();
});

describe('plansync parse and lint on every corpus file', () => {
  it.each(rows.map((row) => [row.file, row] as const))('%s', async (file, row) => {
    const parsed = await repo.cli(['parse', file, '--json']);
    const model = JSON.parse(parsed.stdout);
    expect(model.schemaVersion).toBe(1);
    const tasks = model.features[0].tasks as { id: string; done: boolean; title: string }[];
    if (row.kind === 'tasks') {
      expect(new Set(tasks.map((t) => t.id)).size).toBe(row.taskIds);
      expect(tasks.filter((t) => t.done).length).toBe(row.checked);
    }
    for (const task of tasks) expect(task.title).not.toContain(task.id);

    const lint = await repo.cli(['lint', file]);
    const failing = [...TEMPLATES, ...DUPLICATE_IDS].some((prefix) => file.startsWith(prefix));
    expect(lint.code).toBe(failing ? 2 : 0);
    for (const line of lint.stderr
      .split('\n')
      .filter((l) => l && !l.startsWith('  ') && l.includes(file))) {
      expect(line).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+ (error|warning) `));
    }
  });
});
