import { buildTask } from './build-task.js';
import { findCandidates, type Candidate } from './find-candidates.js';
import { findPlaceholders } from './find-placeholders.js';
import { lineIndex, type LineIndex } from './line-index.js';
import type { Outline } from './outline.js';
import { readOutline } from './read-outline.js';
import { problemAt } from './problem-at.js';
import { readPlanFields, type PlanFields } from './read-plan-fields.js';
import type { Problem, Span, Task } from './types.js';

export type DocumentKind = 'plan' | 'tasks';

export interface ScannedPhase {
  number: string;
  title: string;
  source: Span;
  /** Only for plan.md: its `Tasks:` / `Duration:` / `Deliverables:` items and link site. */
  fields: PlanFields | null;
}

export interface ScannedDocument {
  file: string;
  text: string;
  index: LineIndex;
  kind: DocumentKind;
  phases: ScannedPhase[];
  tasks: Task[];
  problems: Problem[];
  /** `**Feature ID:** …` when filled in. */
  featureId: string | null;
}

const featureIdLine = /^[ \t]*(?:\*\*|__)Feature ID:?(?:\*\*|__):?[ \t]*(.*?)[ \t]*\r?$/m;

/** Reads a file's block structure; the parser's tests swap in a second implementation. */
export type OutlineReader = (text: string, index: LineIndex) => Outline;

/** One markdown pass over one file, then everything the model needs from it. */
export function scanDocument(
  file: string,
  text: string,
  kind: DocumentKind,
  outlineOf: OutlineReader = readOutline,
): ScannedDocument {
  const index = lineIndex(text);
  const outline = outlineOf(text, index);
  const found = findCandidates(outline.blocks, text, index);
  const problems: Problem[] = [];
  const eol = dominantEol(text);

  for (const placeholder of [...found.placeholderIds, ...findPlaceholders(outline, text)]) {
    problems.push(
      problemAt(
        file,
        index,
        placeholder.offset,
        'error',
        'placeholder',
        `unfilled template placeholder ${placeholder.text}`,
        'fill in the template, or remove the line',
      ),
    );
  }

  const phases: ScannedPhase[] = [];
  const phaseAt = new Map<string, { start: number; depth: number }>();
  for (const heading of found.phases) {
    const seen = phaseAt.get(heading.number);
    // A summary section names phases again one level down (`### Phase 2: Models` under
    // `## Parallel Opportunities`): a reference to the phase, not a second one.
    if (seen !== undefined && heading.depth > seen.depth) continue;
    if (seen !== undefined) {
      const first = seen.start;
      const at = index.position(first);
      problems.push(
        problemAt(
          file,
          index,
          heading.start,
          'error',
          'duplicate-phase',
          `duplicate phase ${heading.number} (first at ${at.line}:${at.column})`,
          'give each phase its own number',
        ),
      );
      continue;
    }
    phaseAt.set(heading.number, { start: heading.start, depth: heading.depth });
    const fields = kind === 'plan' ? readPlanFields(heading, text, index, file, eol) : null;
    for (const issue of fields?.ranges?.issues ?? []) {
      problems.push(
        problemAt(file, index, issue.start, 'error', issue.code, issue.message, issue.hint),
      );
    }
    phases.push({
      number: heading.number,
      title: heading.title,
      source: { file, start: index.position(heading.start), end: index.position(heading.end) },
      fields,
    });
  }

  const tasks: Task[] = [];
  const firstAt = new Map<string, Candidate>();
  for (const candidate of definitions(found.candidates, kind)) {
    const first = firstAt.get(candidate.id);
    if (first) {
      const at = index.position(first.idOffset);
      problems.push(
        problemAt(
          file,
          index,
          candidate.idOffset,
          'error',
          'duplicate-id',
          `duplicate task id ${candidate.id} (first at ${at.line}:${at.column})`,
          'give each task its own id',
        ),
      );
      if (first.phase !== candidate.phase) {
        problems.push(
          problemAt(
            file,
            index,
            candidate.idOffset,
            'error',
            'task-in-two-phases',
            `task ${candidate.id} is in ${phaseName(candidate.phase)} and in ${phaseName(first.phase)} (at ${at.line}:${at.column})`,
            'keep the task under one phase',
          ),
        );
      }
      continue;
    }
    firstAt.set(candidate.id, candidate);
    tasks.push(buildTask(candidate, text, file, index));
  }

  const idMatch = featureIdLine.exec(text);
  const featureId = idMatch?.[1]?.replace(/^`|`$/g, '').trim() || null;
  return {
    file,
    text,
    index,
    kind,
    phases,
    tasks,
    problems,
    featureId: featureId && !/[{}[\]]/.test(featureId) ? featureId : null,
  };
}

/**
 * Which candidates define tasks. A file writes its tasks one way (`- [ ] T001`, `- **T001**`,
 * `1. T001`); list items written another way are notes about tasks (`- T023 blocks T024`,
 * `2. T014: …` in an execution-order list) and count only when they name an id no task line
 * defines. In plan.md a list item needs a checkbox: plans mention ids in prose far more often
 * than they define tasks in lists.
 */
function definitions(all: Candidate[], kind: DocumentKind): Candidate[] {
  // A note (`- T013 depends on T004, T005`) only names a task that is defined elsewhere.
  const described = new Set<string>();
  for (const c of all) if (!c.note) described.add(c.id);
  const candidates = all.filter((c) => !c.note || !described.has(c.id));
  // Flags by position rather than sets of candidates: one pass each, nothing hashed twice.
  const styles = candidates.map(styleOf);
  const eligible = candidates.map((c) => c.kind === 'item' && (kind === 'tasks' || c.checkbox));
  const counts = new Map<string, number>();
  candidates.forEach((_, i) => {
    if (eligible[i]) counts.set(styles[i]!, (counts.get(styles[i]!) ?? 0) + 1);
  });
  let dominant = '';
  let best = 0;
  for (const [style, count] of counts) {
    if (count > best || (count === best && style.startsWith('box'))) {
      dominant = style;
      best = count;
    }
  }
  const main = candidates.map(
    (c, i) => c.kind !== 'item' || (eligible[i] === true && styles[i] === dominant),
  );
  const defined = new Set<string>();
  candidates.forEach((c, i) => {
    if (main[i]) defined.add(c.id);
  });
  return candidates.filter((c, i) => main[i] || (eligible[i] && !defined.has(c.id)));
}

/** One of four fixed strings, so that no string is built per candidate. */
function styleOf(candidate: Candidate): string {
  if (candidate.checkbox) return candidate.ordered ? 'box:ordered' : 'box:bullet';
  return candidate.ordered ? 'plain:ordered' : 'plain:bullet';
}

function phaseName(phase: string | null): string {
  return phase === null ? 'no phase' : `phase ${phase}`;
}

function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text[i - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}
