import type { Ref } from '../diff/types.js';

/** Replace `[start, end)` of one file's text with `text` (an insertion when `start === end`). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What each phase of plan.md should link to. */
export interface PhaseRefs {
  milestone: Ref | null;
  issues: Ref[];
}

/** The references to write into the plan: by task id, and by phase number as written. */
export interface WriteBackRefs {
  tasks: Map<string, Ref>;
  phases: Map<string, PhaseRefs>;
}
