import { basename } from 'node:path';
import { problemAt } from './problem-at.js';
import {
  scanDocument,
  type OutlineReader,
  type ScannedDocument,
  type ScannedPhase,
} from './scan-document.js';
import type { Feature, ParseResult, Phase, Problem, Task } from './types.js';

export interface ParseInput {
  /** Folder of the feature, as given (its name is the fallback feature id). */
  dir: string;
  /** Fallback feature id when `dir` does not end in a folder name (`.`); defaults to `dir`'s last part. */
  name?: string;
  plan?: { path: string; text: string };
  tasks?: { path: string; text: string };
}

/**
 * Builds one feature from its plan.md and/or tasks.md. tasks.md is the authority on which
 * tasks exist and where they sit; plan.md adds phase details (ranges, duration, deliverables,
 * link sites), and tasks only when there is no task list. Disagreements become problems.
 */
export function parseFeature(
  input: ParseInput,
  { outline }: { outline?: OutlineReader } = {},
): ParseResult {
  const scan = (doc: { path: string; text: string }, kind: 'plan' | 'tasks') =>
    scanDocument(doc.path, doc.text, kind, outline);
  const plan = input.plan ? scan(input.plan, 'plan') : null;
  const list = input.tasks ? scan(input.tasks, 'tasks') : null;
  const problems: Problem[] = [...(plan?.problems ?? []), ...(list?.problems ?? [])];

  const tasks: Task[] = list && list.tasks.length > 0 ? list.tasks : (plan?.tasks ?? []);
  const phases: Phase[] = [];
  const byNumber = new Map<string, Phase>();
  for (const scanned of list?.phases ?? []) {
    const phase = emptyPhase(scanned);
    phases.push(phase);
    byNumber.set(phase.number, phase);
  }
  for (const scanned of plan?.phases ?? []) {
    let phase = byNumber.get(scanned.number);
    if (!phase) {
      phase = emptyPhase(scanned);
      phases.push(phase);
      byNumber.set(phase.number, phase);
    }
    phase.planSource = scanned.source;
    phase.duration = scanned.fields?.duration ?? null;
    phase.deliverables = scanned.fields?.deliverables ?? [];
    phase.linkSite = scanned.fields?.linkSite ?? null;
    phase.link = scanned.fields?.link ?? null;
    if (phase.title === '') phase.title = scanned.title;
  }

  if (plan) tasks.push(...applyRanges(plan, byNumber, tasks, problems));

  for (const task of tasks) {
    if (task.phase !== null) byNumber.get(task.phase)?.tasks.push(task.id);
  }

  const feature: Feature = {
    id: plan?.featureId ?? list?.featureId ?? input.name ?? (basename(input.dir) || input.dir),
    dir: input.dir,
    planFile: input.plan?.path ?? null,
    tasksFile: input.tasks?.path ?? null,
    phases,
    tasks,
  };
  const sources: Record<string, string> = {};
  if (input.plan) sources[input.plan.path] = input.plan.text;
  if (input.tasks) sources[input.tasks.path] = input.tasks.text;
  return { feature, problems, sources };
}

function emptyPhase(scanned: ScannedPhase): Phase {
  return {
    number: scanned.number,
    title: scanned.title,
    tasks: [],
    planTaskIds: null,
    duration: null,
    deliverables: [],
    source: scanned.source,
    planSource: null,
    linkSite: null,
    link: null,
  };
}

/**
 * Checks plan.md's `Tasks:` ranges against the tasks, gives tasks without a phase the phase
 * their range names, and returns placeholder tasks for ids that only a range mentions.
 */
function applyRanges(
  plan: ScannedDocument,
  byNumber: Map<string, Phase>,
  tasks: Task[],
  problems: Problem[],
): Task[] {
  const taskById = new Map(tasks.map((task) => [task.id, task]));
  const claimedBy = new Map<string, { phase: string; offset: number }>();
  const added: Task[] = [];
  const at = (offset: number): string => {
    const p = plan.index.position(offset);
    return `${p.line}:${p.column}`;
  };
  const warn = (
    offset: number,
    severity: 'error' | 'warning',
    code: string,
    message: string,
    hint: string,
  ): void => {
    problems.push(problemAt(plan.file, plan.index, offset, severity, code, message, hint));
  };

  for (const scanned of plan.phases) {
    const ranges = scanned.fields?.ranges;
    const phase = byNumber.get(scanned.number);
    if (!ranges || !phase) continue;
    phase.planTaskIds = [];
    for (const token of ranges.tokens) {
      const missing: string[] = [];
      for (const id of token.ids) {
        const claim = claimedBy.get(id);
        if (claim) {
          if (claim.phase !== phase.number) {
            warn(
              token.start,
              'error',
              'overlapping-ranges',
              `${id} is in the Tasks ranges of phase ${claim.phase} (at ${at(claim.offset)}) and phase ${phase.number}`,
              'each task id belongs in one phase range',
            );
          }
          continue;
        }
        claimedBy.set(id, { phase: phase.number, offset: token.start });
        phase.planTaskIds.push(id);
        const task = taskById.get(id);
        if (!task) {
          missing.push(id);
          const synthetic: Task = {
            id,
            title: `Phase ${phase.number}${scanned.title ? `: ${scanned.title}` : ''} — ${id}`,
            phase: phase.number,
            done: false,
            obsolete: false,
            tags: [],
            dependsOn: [],
            details: '',
            link: null,
            source: {
              file: plan.file,
              start: plan.index.position(token.start),
              end: plan.index.position(token.end),
            },
            linkSite: { file: plan.file, insertAt: -1, existing: null },
            synthetic: true,
          };
          taskById.set(id, synthetic);
          added.push(synthetic);
        } else if (task.phase === null) {
          task.phase = phase.number;
        } else if (task.phase !== phase.number) {
          const where = task.source;
          warn(
            token.start,
            'warning',
            'range-disagrees',
            `plan puts ${id} in phase ${phase.number} but ${where.file}:${where.start.line}:${where.start.column} has it in phase ${task.phase}`,
            `the task list wins; fix the range in ${plan.file} or move the task`,
          );
        }
      }
      if (missing.length > 0) {
        warn(
          token.start,
          'warning',
          'range-without-task',
          `no task line for ${listIds(missing)} (phase ${phase.number}); placeholder titles used`,
          'add the tasks to tasks.md, or fix the range',
        );
      }
    }
  }
  return added;
}

function listIds(ids: string[]): string {
  if (ids.length <= 4) return ids.join(', ');
  return `${ids.slice(0, 3).join(', ')}, … ${ids[ids.length - 1]} (${ids.length} ids)`;
}
