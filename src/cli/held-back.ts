import type { Changeset } from '../diff/types.js';

/** What a push leaves alone because a person changed it on the tracker. */
export interface HeldBack {
  /** Items changed both in the plan and on the tracker since the last push: skipped. */
  conflicts: number;
  /** Items a person changed on the tracker while the plan did not: left as they are. */
  drifted: number;
}

export function heldBack(changesets: Changeset[]): HeldBack {
  let conflicts = 0;
  let drifted = 0;
  for (const op of changesets.flatMap((c) => c.operations)) {
    if (op.op === 'conflict') conflicts++;
    else if (op.op === 'drift' || ('drift' in op && op.drift.length > 0)) drifted++;
  }
  return { conflicts, drifted };
}

/**
 * One line that says what was held back and both ways out, so a CI log that ends with exit 3
 * tells the reader what to run.
 */
export function heldBackHint(held: HeldBack, dryRun: boolean): string | null {
  const parts: string[] = [];
  if (held.conflicts > 0) {
    parts.push(
      `${held.conflicts} ${held.conflicts === 1 ? 'conflict' : 'conflicts'} ${dryRun ? 'would be skipped' : 'skipped'} (changed in the plan and on the tracker)`,
    );
  }
  if (held.drifted > 0) {
    parts.push(`${held.drifted} drifted (changed on the tracker only)`);
  }
  if (parts.length === 0) return null;
  return `${parts.join('; ')}. Run "plansync push --force" to make the tracker match the plan, or "plansync pull" to take the tracker's changes into the plan.`;
}
