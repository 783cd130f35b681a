import type { ParseResult } from './types.js';

/** Bump when a field changes meaning or goes away; adding a field keeps the version. */
export const MODEL_SCHEMA_VERSION = 1;

export interface ModelJsonTask {
  id: string;
  title: string;
  /** Phase number as written (`"2"`, `"3.1"`, `"A"`), or null. */
  phase: string | null;
  done: boolean;
  /** Struck through in the plan: dropped work, never to be created open. */
  obsolete: boolean;
  tags: string[];
  dependsOn: string[];
  link: { text: string; url: string } | null;
  source: { file: string; line: number };
}

export interface ModelJsonPhase {
  number: string;
  title: string;
  tasks: string[];
  duration: string | null;
  deliverables: string[];
}

export interface ModelJsonFeature {
  id: string;
  dir: string;
  planFile: string | null;
  tasksFile: string | null;
  phases: ModelJsonPhase[];
  tasks: ModelJsonTask[];
}

export interface ModelJson {
  schemaVersion: typeof MODEL_SCHEMA_VERSION;
  features: ModelJsonFeature[];
}

/** What `plansync parse --json` prints: the model without offsets, documented in docs/model-json.md. */
export function toModelJson(results: ParseResult[]): ModelJson {
  return {
    schemaVersion: MODEL_SCHEMA_VERSION,
    features: results.map(({ feature }) => ({
      id: feature.id,
      dir: feature.dir,
      planFile: feature.planFile,
      tasksFile: feature.tasksFile,
      phases: feature.phases.map((phase) => ({
        number: phase.number,
        title: phase.title,
        tasks: [...phase.tasks],
        duration: phase.duration,
        deliverables: [...phase.deliverables],
      })),
      tasks: feature.tasks.map((task) => ({
        id: task.id,
        title: task.title,
        phase: task.phase,
        done: task.done,
        obsolete: task.obsolete === true,
        tags: [...task.tags],
        dependsOn: [...task.dependsOn],
        link: task.link ? { text: task.link.text, url: task.link.url } : null,
        source: { file: task.source.file, line: task.source.start.line },
      })),
    })),
  };
}
