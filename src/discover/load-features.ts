import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { classifyDocument } from '../plan/classify-document.js';
import { parseFeature, type ParseInput } from '../plan/parse-feature.js';
import { readUtf8 } from '../plan/read-utf8.js';
import type { ParseResult, Problem } from '../plan/types.js';

interface Pending {
  dir: string;
  plan?: { path: string; text: string };
  tasks?: { path: string; text: string };
}

/**
 * Reads the given plan files, task lists and feature folders, and parses one feature per
 * folder: two paths in the same folder are one feature, and a file brings the plan.md /
 * tasks.md beside it. Paths keep the form the user gave,
 * so messages point at `specs/001-auth/tasks.md:14:3`. Text is read as strict UTF-8 with any
 * BOM kept, because every offset in the model indexes the text exactly as read.
 */
export async function loadFeatures(
  paths: string[],
  options: { cwd?: string } = {},
): Promise<{ results: ParseResult[]; problems: Problem[] }> {
  const cwd = options.cwd ?? process.cwd();
  const problems: Problem[] = [];
  const features = new Map<string, Pending>();
  const fromFiles = new Set<Pending>();

  const feature = (dir: string): Pending => {
    const key = resolve(cwd, dir);
    let pending = features.get(key);
    if (!pending) {
      pending = { dir };
      features.set(key, pending);
    }
    return pending;
  };
  const add = (pending: Pending, path: string, text: string): void => {
    const role = classifyDocument(path, text);
    const existing = pending[role];
    if (existing && resolve(cwd, existing.path) !== resolve(cwd, path)) {
      problems.push(
        problemAtStart(
          path,
          'two-documents',
          `a second ${role === 'plan' ? 'plan' : 'task list'} in ${pending.dir} (already read ${existing.path})`,
          'give each feature its own folder, or pass only one of them',
        ),
      );
      return;
    }
    pending[role] = { path, text };
  };

  // Not UTF-8: one positioned error, and the file is left out so nothing is written to it.
  const readText = async (file: string): Promise<string | null> => {
    const read = await readUtf8(resolve(cwd, file));
    if ('text' in read) return read.text;
    problems.push({
      file,
      ...read.invalidAt,
      severity: 'error',
      code: 'not-utf8',
      message: 'not valid UTF-8: this byte is not part of any character',
      hint: 'save the file as UTF-8 (plansync writes back exactly the bytes it read)',
    });
    return null;
  };

  for (const path of paths) {
    const full = resolve(cwd, path);
    const info = await stat(full).catch(() => null);
    if (!info) {
      problems.push(
        problemAtStart(
          path,
          'missing-path',
          'no such file or folder',
          'check the path, or the plans globs in your config',
        ),
      );
      continue;
    }
    if (info.isDirectory()) {
      const names = new Set(await readdir(full));
      const found = ['plan.md', 'tasks.md'].filter((name) => names.has(name));
      if (found.length === 0) {
        problems.push(
          problemAtStart(
            path,
            'empty-folder',
            'no plan.md or tasks.md in this folder',
            'pass the markdown files themselves, or a feature folder such as specs/001-auth',
          ),
        );
        continue;
      }
      const pending = feature(path);
      for (const name of found) {
        const file = join(path, name);
        const text = await readText(file);
        if (text !== null) pending[name === 'plan.md' ? 'plan' : 'tasks'] = { path: file, text };
      }
      continue;
    }
    const pending = feature(dirname(path));
    const text = await readText(path);
    if (text !== null) add(pending, path, text);
    fromFiles.add(pending);
  }

  // A feature is always read whole: `push specs/001/plan.md` alone would otherwise push
  // placeholder titles over every task, so a named file brings its folder's other document.
  for (const pending of fromFiles) {
    const names = new Set(await readdir(resolve(cwd, pending.dir)).catch(() => []));
    for (const name of ['plan.md', 'tasks.md'] as const) {
      const role = name === 'plan.md' ? 'plan' : 'tasks';
      if (pending[role] || !names.has(name)) continue;
      const file = join(pending.dir, name);
      const text = await readText(file);
      if (text !== null) pending[role] = { path: file, text };
    }
  }

  const results = [...features.values()].map((pending) => {
    const input: ParseInput = { dir: pending.dir, name: basename(resolve(cwd, pending.dir)) };
    if (pending.plan) input.plan = pending.plan;
    if (pending.tasks) input.tasks = pending.tasks;
    return parseFeature(input);
  });
  return { results, problems };
}

function problemAtStart(file: string, code: string, message: string, hint: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', code, message, hint };
}
