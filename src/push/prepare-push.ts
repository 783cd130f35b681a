import type { Config } from '../config/schema.js';
import type { ParseResult } from '../plan/types.js';
import { type DesiredItem, desiredItems, labelsFor } from '../diff/desired-items.js';
import { diff } from '../diff/diff.js';
import type { Adapter, Changeset, RemoteItem } from '../diff/types.js';
import { LinkRecorder } from '../writeback/link-recorder.js';
import { fitTitles, type ShortenedTitle } from './fit-titles.js';

export interface PreparedFeature {
  result: ParseResult;
  items: DesiredItem[];
  changeset: Changeset;
  recorder: LinkRecorder;
}

export interface PreparedPush {
  features: PreparedFeature[];
  /**
   * The run's one map of keys to remote items: matched by link or marker in the read, then
   * updated as results arrive. Keys carry their feature, so one map serves every feature.
   */
  known: Map<string, RemoteItem>;
  /** Titles shortened to what the tracker accepts (the whole title stays in the body). */
  shortened: ShortenedTitle[];
}

/** Read the tracker once for every feature, then diff each feature. Read-only. */
export async function preparePush(
  results: ParseResult[],
  adapter: Adapter,
  config: Config,
  options: { force: boolean; cwd: string },
): Promise<PreparedPush> {
  const shortened: ShortenedTitle[] = [];
  const perFeature = results.map((result) => {
    const fitted = fitTitles(
      desiredItems(result.feature, {
        taskTitle: config.title.task,
        groupTitle: config.title.group,
        labels: config.labels,
        container: adapter.kinds.container !== undefined,
      }),
      adapter.kinds,
    );
    shortened.push(...fitted.shortened);
    return { result, items: fitted.items };
  });
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
  const known = new Map<string, RemoteItem>();
  const features = perFeature.map(({ result, items }) => {
    const changeset = diff({ feature: result.feature.id, items }, snapshot, {
      force: options.force,
      removed: config.removed,
      removedLabel: config.removedLabel,
      ownedLabels,
      kinds: adapter.kinds,
      parseRef: (url) => adapter.parseRef(url),
    });
    // The plan's own items come first in a changeset; a closed duplicate never takes a key.
    for (const op of changeset.operations) {
      if ('remote' in op && op.remote && op.op !== 'skip' && !isDuplicateClose(op)) {
        if (!known.has(op.key)) known.set(op.key, op.remote);
      }
    }
    return {
      result,
      items,
      changeset,
      recorder: new LinkRecorder(result.feature, result.sources ?? {}, options.cwd),
    };
  });
  return { features, known, shortened };
}

/** A duplicate being closed shares its key with the item kept: the kept one is the key's item. */
function isDuplicateClose(op: Changeset['operations'][number]): boolean {
  return op.op === 'close' && op.reason === 'duplicate';
}
