import type { Feature } from '../plan/types.js';
import { phaseLinkEdits } from './phase-link-edits.js';
import { taskLinkEdit } from './task-link-edit.js';
import type { Edit, WriteBackRefs } from './types.js';

export type { Edit, PhaseRefs, WriteBackRefs } from './types.js';

/**
 * The splices that write `refs` into the feature's files, by file path. Pure: offsets come
 * from the parse, so nothing is re-serialised and every other byte stays as it was. Files
 * with nothing to change are absent from the map.
 */
export function planEdits(feature: Feature, refs: WriteBackRefs): Map<string, Edit[]> {
  const byFile = new Map<string, Edit[]>();
  const add = (file: string, edits: Edit[]): void => {
    if (edits.length === 0) return;
    const list = byFile.get(file);
    if (list) list.push(...edits);
    else byFile.set(file, [...edits]);
  };

  for (const task of feature.tasks) {
    const ref = refs.tasks.get(task.id);
    // A task only a plan range names has no line of its own to carry a link.
    if (!ref || task.linkSite.insertAt < 0) continue;
    const edit = taskLinkEdit(task.linkSite, ref);
    if (edit) add(task.linkSite.file, [edit]);
  }
  for (const phase of feature.phases) {
    const phaseRefs = refs.phases.get(phase.number);
    if (!phaseRefs || !phase.linkSite) continue;
    add(phase.linkSite.file, phaseLinkEdits(phase.linkSite, phaseRefs));
  }
  return byFile;
}
