import type { Feature, Phase, PhaseLinkSite, Task, TaskLinkSite } from '../../src/plan/types.js';

/** Hand-built model pieces, so write-back can be tested without the parser. */
export function task(id: string, linkSite: TaskLinkSite, phase: string | null = '1'): Task {
  const at = { line: 1, column: 1, offset: 0 };
  return {
    id,
    title: id,
    phase,
    done: false,
    tags: [],
    dependsOn: [],
    details: '',
    link: linkSite.existing,
    source: { file: linkSite.file, start: at, end: { ...at, offset: linkSite.insertAt } },
    linkSite,
  };
}

export function phase(number: string, linkSite: PhaseLinkSite | null): Phase {
  const at = { line: 1, column: 1, offset: 0 };
  return {
    number,
    title: `Phase ${number}`,
    tasks: [],
    planTaskIds: null,
    duration: null,
    deliverables: [],
    source: { file: linkSite?.file ?? 'tasks.md', start: at, end: at },
    planSource: null,
    linkSite,
    link: null,
  };
}

export function feature(tasks: Task[], phases: Phase[] = []): Feature {
  return { id: 'f', dir: '.', planFile: 'plan.md', tasksFile: 'tasks.md', phases, tasks };
}

/** Offset of the end of the line holding `needle`, before trailing spaces and the line ending. */
export function endOfLine(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`no ${needle}`);
  const lineEnd = text.slice(at).search(/\r?\n|$/);
  let end = at + lineEnd;
  while (end > at && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** The `[start, end)` of the whole line holding `needle`, with its line ending. */
export function lineSite(
  text: string,
  needle: string,
): { start: number; end: number; text: string } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`no ${needle}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const end = nl === -1 ? text.length : nl + 1;
  return { start, end, text: text.slice(start, end) };
}

/** Offset of the start of the line after the one holding `needle`. */
export function nextLine(text: string, needle: string): number {
  return lineSite(text, needle).end;
}
