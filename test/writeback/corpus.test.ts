import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';
import type { Feature } from '../../src/plan/types.js';
import type { Ref } from '../../src/diff/types.js';
import { applyEdits } from '../../src/writeback/apply-edits.js';
import { planEdits, type WriteBackRefs } from '../../src/writeback/plan-edits.js';
import { stripLinks } from '../../src/writeback/strip-links.js';

const corpus = fileURLToPath(new URL('../corpus', import.meta.url));

function corpusFiles(): string[] {
  return readdirSync(corpus).filter((name) => /^\d.*\.md$/.test(name));
}

function parse(file: string, text: string): Feature {
  const doc = { path: file, text };
  return parseFeature(
    /-plan/.test(file) ? { dir: 'corpus', plan: doc } : { dir: 'corpus', tasks: doc },
  ).feature;
}

function refsFor(feature: Feature): WriteBackRefs {
  const tasks = new Map<string, Ref>();
  feature.tasks.forEach((task, i) =>
    tasks.set(task.id, { text: `ENG-${i + 1}`, url: `https://linear.app/acme/issue/ENG-${i + 1}` }),
  );
  const phases = new Map(
    feature.phases.map((phase, i) => [
      phase.number,
      {
        milestone: {
          text: `Phase ${phase.number}: ${phase.title}`,
          url: `https://linear.app/m/${i}`,
        },
        issues: phase.tasks.flatMap((id) => tasks.get(id) ?? []),
      },
    ]),
  );
  return { tasks, phases };
}

describe('write-back on the corpus of real plans and task lists', () => {
  it.each(corpusFiles())('links %s once, and unlinks it back to the same bytes', (file) => {
    const text = readFileSync(resolve(corpus, file), 'utf8');
    const feature = parse(file, text);
    const refs = refsFor(feature);
    const linked = applyEdits(text, planEdits(feature, refs).get(file) ?? []);
    const again = parse(file, linked);

    expect(planEdits(again, refs)).toEqual(new Map());
    expect(stripLinks(linked, again, file)).toBe(text);
    const linkedTasks = again.tasks.filter((task) => task.linkSite.insertAt >= 0);
    for (const task of linkedTasks) expect(task.link?.text).toBe(refs.tasks.get(task.id)?.text);
  });
});
