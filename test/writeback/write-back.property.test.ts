import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';
import type { Feature } from '../../src/plan/types.js';
import type { Ref } from '../../src/diff/types.js';
import { applyEdits } from '../../src/writeback/apply-edits.js';
import { planEdits, type Edit, type WriteBackRefs } from '../../src/writeback/plan-edits.js';
import { stripLinks } from '../../src/writeback/strip-links.js';
import { documents, refStyle, type Documents } from './documents.js';

// Each run parses real documents two to four times; these counts keep the file near ten seconds.
const RUNS = { numRuns: 200 };

function parse(docs: Documents): Feature {
  return parseFeature({
    dir: 'specs/001-auth',
    plan: { path: 'plan.md', text: docs.plan },
    tasks: { path: 'tasks.md', text: docs.tasks },
  }).feature;
}

/** References for every task and phase, numbered from `first`, some left out when `keep` says. */
function refsFor(
  feature: Feature,
  style: (n: number) => Ref,
  first: number,
  keep: (i: number) => boolean = () => true,
): WriteBackRefs {
  const tasks = new Map<string, Ref>();
  feature.tasks.forEach((task, i) => {
    if (keep(i)) tasks.set(task.id, style(first + i));
  });
  const phases = new Map<string, { milestone: Ref | null; issues: Ref[] }>();
  feature.phases.forEach((phase, i) => {
    if (!keep(i + 1)) return;
    phases.set(phase.number, {
      milestone: keep(i + 2)
        ? {
            text: `Phase ${phase.number}: ${phase.title}`,
            url: `https://github.com/acme/app/milestone/${first + i}`,
          }
        : null,
      issues: phase.tasks.flatMap((id) => tasks.get(id) ?? []),
    });
  });
  return { tasks, phases };
}

function apply(docs: Documents, edits: Map<string, Edit[]>): Documents {
  return {
    plan: applyEdits(docs.plan, edits.get('plan.md') ?? []),
    tasks: applyEdits(docs.tasks, edits.get('tasks.md') ?? []),
  };
}

const keepSome = fc.func(fc.boolean());

describe('write-back over generated plan documents', () => {
  it('changes nothing the second time: parse, write back, parse again leaves no edits', () => {
    fc.assert(
      fc.property(documents, refStyle, keepSome, (docs, style, keep) => {
        const feature = parse(docs);
        const refs = refsFor(feature, style, 1, keep);
        const once = apply(docs, planEdits(feature, refs));
        expect(planEdits(parse(once), refs)).toEqual(new Map());
      }),
      RUNS,
    );
  });

  it('gives back the original bytes exactly when the inserted links are removed', () => {
    fc.assert(
      fc.property(documents, refStyle, keepSome, (docs, style, keep) => {
        const original = parse(docs);
        const linked = apply(docs, planEdits(original, refsFor(original, style, 1, keep)));
        const feature = parse(linked);
        expect(stripLinks(linked.tasks, feature, 'tasks.md')).toBe(docs.tasks);
        expect(stripLinks(linked.plan, feature, 'plan.md')).toBe(docs.plan);
      }),
      RUNS,
    );
  });

  it('keeps every byte outside the edited ranges, and only adds links and link items', () => {
    fc.assert(
      fc.property(documents, refStyle, (docs, style) => {
        const feature = parse(docs);
        const edits = planEdits(feature, refsFor(feature, style, 1));
        for (const [file, list] of edits) {
          const before = file === 'plan.md' ? docs.plan : docs.tasks;
          const after = applyEdits(before, list);
          expect(outsideEdits(before, after, list)).toBe(true);
          for (const edit of list) {
            expect(edit.start).toBe(edit.end);
            if (file === 'tasks.md') expect(edit.text).toMatch(/^ \[[^\r\n]+\]\([^\s]+\)$/);
            else
              expect(edit.text).toMatch(
                /^(?:(?:\r?\n)?[ \t]*(?:[-*+]|\d+\.) (?:Milestone|Issues): [^\r\n]+(?:\r?\n)?)+$/,
              );
          }
        }
      }),
      RUNS,
    );
  });

  it('replaces links in place when the tracker references change, and still strips cleanly', () => {
    fc.assert(
      fc.property(documents, refStyle, refStyle, keepSome, (docs, style1, style2, keep) => {
        const original = parse(docs);
        const first = apply(docs, planEdits(original, refsFor(original, style1, 1, keep)));
        const refs2 = refsFor(parse(first), style2, 500);
        const second = apply(first, planEdits(parse(first), refs2));
        const feature = parse(second);
        expect(planEdits(feature, refs2)).toEqual(new Map());
        expect(stripLinks(second.tasks, feature, 'tasks.md')).toBe(docs.tasks);
        expect(stripLinks(second.plan, feature, 'plan.md')).toBe(docs.plan);
      }),
      { numRuns: 100 },
    );
  });
});

/** Whether every byte of `before` outside the edits sits unchanged, in order, in `after`. */
function outsideEdits(before: string, after: string, edits: Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let shift = 0;
  let from = 0;
  for (const edit of sorted) {
    if (before.slice(from, edit.start) !== after.slice(from + shift, edit.start + shift))
      return false;
    shift += edit.text.length - (edit.end - edit.start);
    from = edit.end;
  }
  return before.slice(from) === after.slice(from + shift);
}
