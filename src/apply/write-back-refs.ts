import type { Feature } from '../plan/types.js';
import { groupKey, taskKey } from '../diff/keys.js';
import type { Ref, RemoteItem } from '../diff/types.js';
import type { WriteBackRefs } from '../writeback/types.js';

/** The links the plan should carry, given the remote items known so far (by key). */
export function writeBackRefs(
  feature: Feature,
  known: ReadonlyMap<string, RemoteItem>,
): WriteBackRefs {
  const refOf = (key: string): Ref | null => known.get(key)?.ref ?? null;
  const tasks = new Map<string, Ref>();
  for (const task of feature.tasks) {
    const ref = refOf(taskKey(feature.id, task.id));
    if (ref) tasks.set(task.id, ref);
  }
  const phases: WriteBackRefs['phases'] = new Map();
  for (const phase of feature.phases) {
    const issues = phase.tasks
      .map((id) => tasks.get(id))
      .filter((ref): ref is Ref => ref !== undefined);
    const milestone = refOf(groupKey(feature.id, phase.number));
    if (milestone || issues.length > 0) phases.set(phase.number, { milestone, issues });
  }
  return { tasks, phases };
}
