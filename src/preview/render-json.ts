import type { Changeset, FieldName, ItemFields, ItemKind, Operation, Ref } from '../diff/types.js';
import { followUps, titleBefore } from './follow-ups.js';
import { summarize } from './summarize.js';
import type { PreviewExtras, PreviewFile, Summary } from './types.js';
import { writeBackDiff } from './write-back-diff.js';

/**
 * The machine-readable preview. Documented in docs/preview-json.md; `schemaVersion` changes
 * only when a field is removed or changes meaning, never for an added field.
 */
export interface PreviewJson {
  schemaVersion: 1;
  summary: Summary;
  features: { id: string; operations: OperationJson[] }[];
  writeBack: { file: string; diff: string }[];
  /** Labels the tracker does not have yet, created by the first write that needs each. */
  labelsToCreate: string[];
}

export interface OperationJson {
  op: Operation['op'];
  key: string;
  kind: ItemKind;
  taskId: string | null;
  fields?: ItemFields;
  changes?: FieldName[];
  drift?: FieldName[];
  conflicts?: FieldName[];
  ref?: Ref;
  reason?: string;
  comment?: string;
  source?: { file: string; line: number };
  /** Further writes this operation makes: closing a created item, setting dependencies. */
  then?: ('close' | 'relate')[];
  /** For a title that changes: what the tracker has now. */
  titleBefore?: string;
}

export function renderJson(
  changesets: Changeset[],
  writeBack: PreviewFile[],
  { labelsToCreate = [] }: PreviewExtras = {},
): string {
  const preview: PreviewJson = {
    schemaVersion: 1,
    summary: summarize(changesets),
    features: changesets.map((changeset) => ({
      id: changeset.feature,
      operations: changeset.operations.map(operationJson),
    })),
    writeBack: writeBack
      .filter((file) => file.before !== file.after)
      .map((file) => ({ file: file.file, diff: writeBackDiff(file) })),
    labelsToCreate,
  };
  return `${JSON.stringify(preview, null, 2)}\n`;
}

function operationJson(operation: Operation): OperationJson {
  const out: OperationJson = {
    op: operation.op,
    key: operation.key,
    kind: operation.kind,
    taskId: operation.taskId,
  };
  if ('fields' in operation) out.fields = operation.fields;
  if ('changes' in operation) out.changes = operation.changes;
  if ('drift' in operation) out.drift = operation.drift;
  if ('conflicts' in operation) out.conflicts = operation.conflicts;
  if ('remote' in operation && operation.remote) out.ref = operation.remote.ref;
  if ('reason' in operation) out.reason = operation.reason;
  if (operation.op === 'skip') out.reason = operation.why;
  if ('comment' in operation && operation.comment !== null) out.comment = operation.comment;
  if ('source' in operation && operation.source) out.source = operation.source;
  const then = followUps(operation);
  if (then.length > 0) out.then = then;
  const before = titleBefore(operation);
  if (before !== null) out.titleBefore = before;
  return out;
}
