import type { ParseResult } from '../plan/types.js';
import type { PreviewFile } from '../preview/types.js';
import { hashField } from '../diff/hash-fields.js';
import { taskKey } from '../diff/keys.js';
import type { ItemState, KindSpec, RemoteItem } from '../diff/types.js';
import type { Edit } from '../writeback/types.js';
import { applyEdits } from '../writeback/apply-edits.js';
import { checkboxOffset } from './checkbox-offset.js';

/**
 * What pull does with one task:
 * - `checked` / `unchecked`: the tracker changed the state since the last push, the plan did not;
 * - `not-planned`: closed as not planned on the tracker; the box is left as it is;
 * - `plan-changed`: the box changed since the last push and the tracker did not: push sends it;
 * - `conflict`: plan and tracker disagree and the marker cannot tell which one moved.
 */
export type PullStatus = 'checked' | 'unchecked' | 'not-planned' | 'plan-changed' | 'conflict';

export interface PullOutcome {
  feature: string;
  key: string;
  taskId: string;
  title: string;
  status: PullStatus;
  remote: RemoteItem;
  file: string;
  line: number;
}

/** A task whose marker must learn the state both sides now agree on. */
export interface MarkerRefresh {
  feature: string;
  key: string;
  state: ItemState;
  remote: RemoteItem;
}

export interface PullPlan {
  outcomes: PullOutcome[];
  /** Files whose checkboxes change, before and after. */
  files: PreviewFile[];
  /**
   * Items whose marker still records a state that is neither side's any more (the tracker
   * moved and pull brought the plan along). Until the marker learns it, the next push would
   * read a later edit of the box as drift, so pull rewrites the marker alone.
   */
  refresh: MarkerRefresh[];
}

/**
 * Tracker state → checkboxes, as data. A three-way compare of the state field per task: the
 * plan's box, the state hash in the marker (what plansync last pushed) and the tracker's
 * state now. Only tasks plansync manages (matched by link or marker) are considered.
 */
export function planPull(
  results: ParseResult[],
  known: ReadonlyMap<string, RemoteItem>,
  spec?: Pick<KindSpec, 'canonical'>,
): PullPlan {
  const outcomes: PullOutcome[] = [];
  const refresh: MarkerRefresh[] = [];
  const editsByFile = new Map<string, { text: string; edits: Edit[] }>();
  const hash = (state: ItemState) => hashField('state', state, spec);

  for (const { feature, sources = {} } of results) {
    for (const task of feature.tasks) {
      const key = taskKey(feature.id, task.id);
      const remote = known.get(key);
      const remoteState = remote?.fields.state;
      if (!remote || remote.kind !== 'task' || !remote.marker || remoteState === undefined)
        continue;
      const file = task.source.file;
      const text = sources[file];
      const offset = text === undefined ? null : checkboxOffset(task, text);
      if (text === undefined || offset === null) continue;

      const planState: ItemState = task.done ? 'closed' : 'open';
      const base = remote.marker.hashes.state;
      const outcome = (status: PullStatus): PullOutcome => ({
        feature: feature.id,
        key,
        taskId: task.id,
        title: task.title,
        status,
        remote,
        file,
        line: task.source.start.line,
      });

      if (remoteState === planState) {
        if (base !== hash(planState)) {
          refresh.push({ feature: feature.id, key, state: planState, remote });
        }
        continue;
      }
      if (remoteState === 'closed' && remote.closedAs === 'not-planned') {
        outcomes.push(outcome('not-planned'));
        continue;
      }
      if (base === hash(planState)) {
        outcomes.push(outcome(remoteState === 'closed' ? 'checked' : 'unchecked'));
        const entry = editsByFile.get(file) ?? { text, edits: [] };
        entry.edits.push({
          start: offset,
          end: offset + 1,
          text: remoteState === 'closed' ? 'x' : ' ',
        });
        editsByFile.set(file, entry);
        refresh.push({ feature: feature.id, key, state: remoteState, remote });
      } else if (base === hash(remoteState)) {
        outcomes.push(outcome('plan-changed'));
      } else {
        // No state in the marker (an older marker) or one neither side holds: who moved is
        // unknown, so neither side is overwritten.
        outcomes.push(outcome('conflict'));
      }
    }
  }
  const files = [...editsByFile].map(([file, { text, edits }]) => ({
    file,
    before: text,
    after: applyEdits(text, edits),
  }));
  return { outcomes, files, refresh };
}
