import type { FieldName, Operation } from '../diff/types.js';
import { followUps, titleBefore } from './follow-ups.js';
import { operationTitle } from './operation-title.js';

export const SYMBOLS: Record<Operation['op'], string> = {
  create: '+',
  update: '~',
  close: '-',
  reopen: '↺',
  conflict: '!',
  drift: '?',
  unchanged: ' ',
  skip: '·',
};

/** One operation in words, shared by the text and markdown previews. */
export interface OperationView {
  op: Operation['op'];
  symbol: string;
  /** The task id, or the phase title for a group. */
  item: string;
  /** The task's title (empty for groups, whose title is the item). */
  title: string;
  /** Title of the group the task goes to, when known. */
  group: string | null;
  /** What changes or why nothing does: `title, labels`, `removed from the plan`. */
  detail: string;
  ref: { text: string; url: string } | null;
}

export function describeOperation(
  operation: Operation,
  titles: ReadonlyMap<string, string>,
): OperationView {
  const title = operationTitle(operation);
  const isGroup = operation.kind === 'group';
  // A closed item is leaving its group, so naming the group would only mislead.
  const groupKey =
    'fields' in operation && operation.op !== 'close' ? operation.fields.group : null;
  const remote = 'remote' in operation ? operation.remote : null;
  return {
    op: operation.op,
    symbol: SYMBOLS[operation.op],
    item: isGroup ? title || keyTail(operation.key) : (operation.taskId ?? keyTail(operation.key)),
    title: isGroup ? '' : withoutId(title, operation.taskId),
    group: groupKey ? (titles.get(groupKey) ?? keyTail(groupKey)) : null,
    detail: detailOf(operation),
    ref: remote ? remote.ref : null,
  };
}

/** The default title format starts with the task id; the line shows the id already. */
function withoutId(title: string, taskId: string | null): string {
  return taskId && title.startsWith(`${taskId} `) ? title.slice(taskId.length + 1) : title;
}

function keyTail(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

const list = (fields: FieldName[]): string => fields.join(', ');

const CLOSE_REASONS: Record<string, string> = {
  done: 'closed: done',
  removed: 'closed: removed from the plan',
  duplicate: 'closed: a duplicate of the item plansync keeps',
  obsolete: 'closed as not planned: struck out in the plan',
  changed: 'changed',
  reopened: 'reopened',
};

function detailOf(operation: Operation): string {
  const then = followUps(operation).map((step) =>
    step === 'close' ? 'then closed: already done' : 'then its dependencies are set',
  );
  switch (operation.op) {
    case 'unchanged':
      return '';
    case 'create':
      return then.join('; ');
    case 'update':
    case 'reopen': {
      const before = titleBefore(operation);
      const changes = operation.changes.map((name) =>
        name === 'title' && before !== null
          ? `title: "${before}" → "${operation.fields.title}"`
          : name,
      );
      const drift = operation.drift.length > 0 ? `drifted: ${list(operation.drift)}` : '';
      return [changes.join(', '), drift, ...then].filter(Boolean).join('; ');
    }
    case 'close':
      return CLOSE_REASONS[operation.reason] ?? operation.reason;
    case 'conflict':
      return `conflict: ${list(operation.conflicts)} changed in the plan and on the tracker`;
    case 'drift':
      return `drift: ${list(operation.drift)} changed on the tracker, left as is`;
    case 'skip':
      return `skipped: ${operation.why}`;
  }
}
