import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/workspace.js';

/** Every fenced YAML block of a markdown file that is a whole workflow. */
function workflowBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1]!)
    .filter((block) => /^jobs:/m.test(block));
}

/** Errors as short lines, so a failure names the path in the file that is wrong. */
function problems(state: { errors: { path?: string; title: string; detail?: string }[] }) {
  return state.errors.map((e) => `${e.path ?? ''} ${e.title}${e.detail ? `: ${e.detail}` : ''}`);
}

describe('the GitHub Action and the documented workflows', () => {
  it('action.yml is a valid action', async () => {
    const action = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
    expect(problems(validateAction(action))).toEqual([]);
  });

  it('every example workflow in docs/workflows/ is valid', async () => {
    const folder = path.join(ROOT, 'docs/workflows');
    const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name));
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const text = await readFile(path.join(folder, name), 'utf8');
      expect({ name, problems: problems(validateWorkflow(text)) }).toEqual({ name, problems: [] });
    }
  });

  it('every workflow in docs/ci.md is valid and never cancels a sync half way', async () => {
    const blocks = workflowBlocks(await readFile(path.join(ROOT, 'docs/ci.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    for (const block of blocks) {
      expect(problems(validateWorkflow(block))).toEqual([]);
      if (/schedule:/.test(block)) expect(block).toContain('cancel-in-progress: false');
    }
  });

  it('rejects what GitHub would reject (the check is not a no-op)', () => {
    const noShell =
      'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n';
    expect(problems(validateAction(noShell))).not.toEqual([]);
    const noRunner = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n';
    expect(problems(validateWorkflow(noRunner))).not.toEqual([]);
  });
});
