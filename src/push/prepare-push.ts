import type { Config } from '../config/schema.js';
import type { ParseResult } from '../plan/types.js';
import { type DesiredItem, desiredItems, labelsFor } from '../sync/desired-items.js';
import { diff } from '../sync/diff.js';
import type { Adapter, Changeset, RemoteItem } from '../sync/types.js';
import { LinkRecorder } from '../writeback/link-recorder.js';

export interface PreparedFeature {
  result: ParseResult;
  items: DesiredItem[];
  changeset: Changeset;
  /** Remote items matched to plan keys (by link or marker), updated as results arrive. */
  known: Map<string, RemoteItem>;
  recorder: LinkRecorder;
}

/** Read the tracker once for every feature, then diff each feature. Read-only. */
export async function preparePush(
  results: ParseResult[],
  adapter: Adapter,
  config: Config,
  options: { force: boolean; cwd: string },
): Promise<PreparedFeature[]> {
  const perFeature = results.map((result) => ({
    result,
    items: desiredItems(result.feature, {
      taskTitle: config.title.task,
      groupTitle: config.title.group,
      labels: config.labels,
    }),
  }));
  const ownedLabels = new Set<string>([config.removedLabel]);
  for (const { result } of perFeature) {
    for (const task of result.feature.tasks) {
      for (const label of labelsFor(task.tags, config.labels)) ownedLabels.add(label);
    }
  }
  const links = perFeature.flatMap(({ items }) =>
    items.map((item) => item.linkUrl).filter((url): url is string => url !== null),
  );
  const snapshot = await adapter.read({
    features: perFeature.map(({ result }) => result.feature.id),
    links,
  });
  return perFeature.map(({ result, items }) => {
    const changeset = diff({ feature: result.feature.id, items }, snapshot, {
      force: options.force,
      removed: config.removed,
      removedLabel: config.removedLabel,
      ownedLabels,
    });
    const known = new Map<string, RemoteItem>();
    for (const op of changeset.operations) {
      if ('remote' in op && op.remote && op.op !== 'skip') known.set(op.key, op.remote);
    }
    return {
      result,
      items,
      changeset,
      known,
      recorder: new LinkRecorder(result.feature, result.sources ?? {}, options.cwd),
    };
  });
}
