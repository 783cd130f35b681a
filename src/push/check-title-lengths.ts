import type { Problem } from '../plan/types.js';
import type { Adapter } from '../diff/types.js';
import type { PreparedPush } from './prepare-push.js';

/**
 * Titles still longer than the tracker accepts after `fitTitles` (those it could not shorten
 * safely), found before the first write so a push never stops half-way with a feature
 * half-created: reported with their position, exit 2.
 */
export function checkTitleLengths(prepared: PreparedPush, kinds: Adapter['kinds']): Problem[] {
  const problems: Problem[] = [];
  for (const { result, changeset } of prepared.features) {
    const { feature } = result;
    for (const op of changeset.operations) {
      if (op.op !== 'create' && !(op.op === 'update' && op.changes.includes('title'))) continue;
      const max = kinds[op.kind]?.maxTitleLength;
      const length = [...op.fields.title].length;
      if (max === undefined || length <= max) continue;
      const task = op.taskId === null ? null : feature.tasks.find((t) => t.id === op.taskId);
      const phase =
        op.kind === 'group'
          ? feature.phases.find((p) => op.key.endsWith(`/phase-${p.number}`))
          : undefined;
      const span = task?.source ?? phase?.source;
      problems.push({
        file: span?.file ?? op.source?.file ?? feature.tasksFile ?? feature.planFile ?? feature.dir,
        line: span?.start.line ?? op.source?.line ?? 1,
        column: span?.start.column ?? 1,
        severity: 'error',
        code: 'title-too-long',
        message: `${op.taskId ?? op.key}: title is ${length} characters; the tracker accepts at most ${max}`,
        hint: 'shorten the title in the plan (or the title template in the config) so it stays unique',
      });
    }
  }
  return problems;
}
