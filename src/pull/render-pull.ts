import type { PullOutcome, PullPlan, PullStatus } from './plan-pull.js';

const LINE: Record<PullStatus, (o: PullOutcome) => string> = {
  checked: (o) => `  [x] ${o.taskId} ${o.title} (${o.remote.ref.text} closed as completed)`,
  unchecked: (o) => `  [ ] ${o.taskId} ${o.title} (${o.remote.ref.text} reopened)`,
  'not-planned': (o) =>
    `  - ${o.taskId} ${o.title} (${o.remote.ref.text} closed as not planned: box left as it is)`,
  'plan-changed': (o) =>
    `  ~ ${o.taskId} ${o.title} (box changed in the plan since the last push: push sends it)`,
  conflict: (o) =>
    `  ! ${o.taskId} ${o.title} (conflict: the plan and ${o.remote.ref.text} disagree and neither is known to be newer; left as it is)`,
};

/** The pull report as text: one line per task that differs, grouped by feature, then a count. */
export function renderPull(plan: PullPlan): string {
  const lines: string[] = [];
  let feature: string | null = null;
  for (const outcome of plan.outcomes) {
    if (outcome.feature !== feature) {
      if (feature !== null) lines.push('');
      feature = outcome.feature;
      lines.push(feature);
    }
    lines.push(LINE[outcome.status](outcome));
  }
  if (lines.length > 0) lines.push('');
  lines.push(pullSummary(plan));
  return lines.join('\n');
}

/** `Pull: 1 checked, 1 unchecked, 0 not planned, 0 conflicts.` or `Plan matches the tracker.` */
export function pullSummary(plan: PullPlan): string {
  if (plan.outcomes.length === 0) return 'Plan matches the tracker.';
  const count = (status: PullStatus) => plan.outcomes.filter((o) => o.status === status).length;
  const conflicts = count('conflict');
  return (
    `Pull: ${count('checked')} checked, ${count('unchecked')} unchecked, ` +
    `${count('not-planned')} not planned, ${conflicts} ${conflicts === 1 ? 'conflict' : 'conflicts'}.`
  );
}

/** The outcomes as JSON-ready data. */
export function pullJson(plan: PullPlan, written: string[]) {
  return {
    outcomes: plan.outcomes.map((o) => ({
      feature: o.feature,
      key: o.key,
      taskId: o.taskId,
      status: o.status,
      ref: o.remote.ref,
      file: o.file,
      line: o.line,
    })),
    files: plan.files.map((f) => f.file),
    written,
  };
}
