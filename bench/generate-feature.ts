export interface GeneratedFeature {
  id: string;
  /** plan.md: one `### Phase N` per phase with its `Tasks:` range. */
  plan: string;
  /** tasks.md: `## Phase N` headings and one task line per task. */
  tasks: string;
  phases: number;
}

export interface GenerateOptions {
  tasks: number;
  /** Tasks per phase; the last phase takes the remainder. */
  phaseSize: number;
}

const TAGS = ['', '[P] ', '[US1] ', '[P] [US2] ', ''];

/**
 * A feature shaped like the real ones: tags on most lines, a dependency on every fifth task,
 * a done task now and then, and plan ranges written in the forms people use.
 */
export function generateFeature(options: GenerateOptions): GeneratedFeature {
  const id = `bench-${options.tasks}`;
  const width = Math.max(3, String(options.tasks).length);
  const taskId = (n: number): string => `T${String(n).padStart(width, '0')}`;
  const phases = Math.ceil(options.tasks / options.phaseSize);
  const dashes = ['-', '–', '..'];

  const plan = [
    `# Implementation Plan: Benchmark ${options.tasks}`,
    '',
    `**Feature ID:** ${id}`,
    '',
    '## Implementation Phases',
    '',
  ];
  const tasks = [`# Tasks: Benchmark ${options.tasks}`, ''];
  for (let phase = 1; phase <= phases; phase++) {
    const first = (phase - 1) * options.phaseSize + 1;
    const last = Math.min(phase * options.phaseSize, options.tasks);
    const title = `Workstream ${phase}`;
    plan.push(
      `### Phase ${phase}: ${title}`,
      '',
      `- Tasks: ${taskId(first)}${dashes[phase % dashes.length]}${taskId(last)}`,
      `- Duration: ${1 + (phase % 4)} days`,
      `- Deliverables: module ${phase}, tests for module ${phase}`,
      '',
    );
    tasks.push(`## Phase ${phase}: ${title}`, '');
    for (let n = first; n <= last; n++) {
      const box = n % 17 === 0 ? 'X' : ' ';
      const depends = n % 5 === 0 && n > first ? ` (depends on ${taskId(n - 1)})` : '';
      tasks.push(
        `- [${box}] ${taskId(n)} ${TAGS[n % TAGS.length]}Implement step ${n} in \`src/module-${phase}/step-${n}.ts\`${depends}`,
      );
    }
    tasks.push('', `**Checkpoint:** workstream ${phase} passes its tests.`, '');
  }
  return { id, plan: plan.join('\n'), tasks: tasks.join('\n'), phases };
}
