import type { Feature, Phase, Task } from '../plan/types.js';
import { neutralise } from '../contract/body-region.js';
import { containerKey, groupKey, taskKey } from './keys.js';
import type { ItemFields, ItemKind } from './types.js';

/** What the plan says one remote item should look like. */
export interface DesiredItem {
  key: string;
  kind: ItemKind;
  /** Task id for tasks, null for groups. */
  taskId: string | null;
  /** Phase number for groups (and the task's phase for tasks). */
  phase: string | null;
  fields: ItemFields;
  /** A struck-out task: never created open; closed as not planned if its item exists. */
  obsolete: boolean;
  /** URL of the link already in the plan, if any: the primary pointer to the remote item. */
  linkUrl: string | null;
  source: { file: string; line: number } | null;
}

export interface DesiredOptions {
  /** Title template for tasks: `{id}`, `{title}`, `{feature}`, `{phase}`. */
  taskTitle: string;
  /** Title template for phase groups: `{feature}`, `{number}`, `{title}`. */
  groupTitle: string;
  /** Tag → label name; `false` drops the tag. Unmapped tags become labels as written. */
  labels: Record<string, string | false>;
  /** Make a feature-level container item (trackers whose `kinds` include `container`). */
  container?: boolean;
  /** Title template for the container: `{feature}`. */
  containerTitle?: string;
}

export const DEFAULT_DESIRED_OPTIONS: DesiredOptions = {
  taskTitle: '{id} {title}',
  groupTitle: '{feature} · Phase {number}: {title}',
  labels: { P: 'parallel' },
};

/** The plan as the list of items it wants on the tracker: groups first, then tasks. */
export function desiredItems(feature: Feature, options: DesiredOptions): DesiredItem[] {
  const container = options.container ? containerKey(feature.id) : null;
  // An id that appears only in a plan range is a placeholder: with a tasks.md beside it, the
  // task was deleted (it counts as removed); it never overwrites an existing issue.
  const taskList = feature.tasksFile
    ? feature.tasks.filter((task) => !task.synthetic)
    : feature.tasks;
  const phaseByNumber = new Map(feature.phases.map((phase) => [phase.number, phase]));
  const tasksByPhase = new Map<string, Task[]>();
  for (const task of taskList) {
    if (task.phase === null) continue;
    const list = tasksByPhase.get(task.phase) ?? [];
    list.push(task);
    tasksByPhase.set(task.phase, list);
  }
  const groups = feature.phases.map((phase) =>
    groupItem(feature, phase, tasksByPhase.get(phase.number) ?? [], options, container),
  );
  const tasks = taskList.map((task) =>
    taskItem(
      feature,
      task,
      task.phase === null ? undefined : phaseByNumber.get(task.phase),
      options,
      container,
    ),
  );
  const head = container ? [containerItem(feature, options, container)] : [];
  return [...head, ...groups, ...tasks];
}

function groupItem(
  feature: Feature,
  phase: Phase,
  tasks: Task[],
  options: DesiredOptions,
  container: string | null,
): DesiredItem {
  const lines = [`Phase ${phase.number}: ${phase.title}`];
  if (phase.duration) lines.push('', `**Duration:** ${phase.duration}`);
  if (phase.deliverables.length > 0) {
    lines.push('', '**Deliverables:**', ...phase.deliverables.map((item) => `- ${item}`));
  }
  const allDone = tasks.length > 0 && tasks.every((task) => task.done);
  return {
    key: groupKey(feature.id, phase.number),
    kind: 'group',
    taskId: null,
    phase: phase.number,
    fields: {
      title: fill(options.groupTitle, {
        feature: feature.id,
        number: phase.number,
        title: phase.title,
      }),
      body: neutralise(lines.join('\n')),
      state: allDone ? 'closed' : 'open',
      labels: [],
      group: null,
      dependsOn: [],
      container,
    },
    obsolete: false,
    linkUrl: phase.link?.url ?? null,
    source: spanSource(phase.planSource ?? phase.source),
  };
}

function taskItem(
  feature: Feature,
  task: Task,
  phase: Phase | undefined,
  options: DesiredOptions,
  container: string | null,
): DesiredItem {
  const lines = [task.title];
  if (task.details.trim()) lines.push('', task.details.trim());
  const facts: string[] = [];
  if (phase) facts.push(`- **Phase:** ${phase.number} — ${phase.title}`);
  if (task.tags.length > 0) facts.push(`- **Tags:** ${task.tags.join(', ')}`);
  if (task.dependsOn.length > 0) facts.push(`- **Depends on:** ${task.dependsOn.join(', ')}`);
  if (facts.length > 0) lines.push('', ...facts);
  return {
    key: taskKey(feature.id, task.id),
    kind: 'task',
    taskId: task.id,
    phase: task.phase,
    fields: {
      title: fill(options.taskTitle, {
        id: task.id,
        title: task.title,
        feature: feature.id,
        phase: phase ? `Phase ${phase.number}: ${phase.title}` : '',
      }),
      body: neutralise(lines.join('\n')),
      state: task.done ? 'closed' : 'open',
      labels: labelsFor(task.tags, options.labels),
      group: phase ? groupKey(feature.id, phase.number) : null,
      dependsOn: [...new Set(task.dependsOn)].map((id) => taskKey(feature.id, id)).sort(),
      container,
    },
    obsolete: task.obsolete === true,
    linkUrl: task.link?.url ?? null,
    source: spanSource(task.source),
  };
}

/** The feature's container (a Linear project): titled from the feature, holding its phases. */
function containerItem(feature: Feature, options: DesiredOptions, key: string): DesiredItem {
  const phases = feature.phases.map((phase) => `- Phase ${phase.number}: ${phase.title}`);
  const done = feature.tasks.length > 0 && feature.tasks.every((task) => task.done);
  return {
    key,
    kind: 'container',
    taskId: null,
    phase: null,
    fields: {
      title: fill(options.containerTitle ?? '{feature}', { feature: feature.id }),
      body: [`Feature ${feature.id}`, ...(phases.length ? ['', ...phases] : [])].join('\n'),
      state: done ? 'closed' : 'open',
      labels: [],
      group: null,
      dependsOn: [],
      container: null,
    },
    obsolete: false,
    linkUrl: null,
    source: feature.planFile ? { file: feature.planFile, line: 1 } : null,
  };
}

/** Labels a set of tags maps to, sorted and without duplicates. */
export function labelsFor(tags: string[], mapping: Record<string, string | false>): string[] {
  const labels = new Set<string>();
  for (const tag of tags) {
    const mapped = Object.hasOwn(mapping, tag) ? mapping[tag] : tag;
    if (mapped) labels.add(mapped);
  }
  return [...labels].sort();
}

function fill(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

function spanSource(span: { file: string; start: { line: number } }) {
  return { file: span.file, line: span.start.line };
}
