/**
 * The changeset: pure data produced by diff(). The adapter contract lives in
 * `src/contract/types.ts` and is re-exported here for the core's convenience.
 */
import type { FieldName, ItemFields, ItemKind, Marker, RemoteItem } from '../contract/types.js';

export * from '../contract/types.js';

/* ---------- The changeset: pure data produced by diff() ---------- */

export type Operation =
  | {
      op: 'create';
      key: string;
      kind: ItemKind;
      taskId: string | null;
      fields: ItemFields;
      marker: Marker;
      source: { file: string; line: number } | null;
      /**
       * The tracker cannot create this kind closed: the item is created open (its marker says
       * so), then closed by a second write with `marker`.
       */
      closeAfter: boolean;
    }
  | {
      op: 'update' | 'close' | 'reopen';
      key: string;
      kind: ItemKind;
      taskId: string | null;
      remote: RemoteItem;
      fields: ItemFields;
      marker: Marker;
      /** Owned fields that differ and will be written. */
      changes: FieldName[];
      /** Fields a person changed on the tracker and that are left alone (reported as drift). */
      drift: FieldName[];
      /** Why: `removed` (left the plan), `duplicate` (another item holds the key), `obsolete` (struck out). */
      reason: 'done' | 'removed' | 'duplicate' | 'obsolete' | 'reopened' | 'changed';
      comment: string | null;
      source: { file: string; line: number } | null;
    }
  | {
      op: 'conflict';
      key: string;
      kind: ItemKind;
      taskId: string | null;
      remote: RemoteItem;
      fields: ItemFields;
      /** Fields changed both in the plan and on the tracker since the last push. */
      conflicts: FieldName[];
    }
  | {
      op: 'drift';
      key: string;
      kind: ItemKind;
      taskId: string | null;
      remote: RemoteItem;
      /** Fields a person changed on the tracker while the plan did not change them. */
      drift: FieldName[];
    }
  | {
      op: 'unchanged';
      key: string;
      kind: ItemKind;
      taskId: string | null;
      remote: RemoteItem;
    }
  | {
      op: 'skip';
      key: string;
      kind: ItemKind;
      taskId: string | null;
      remote: RemoteItem | null;
      /** Why plansync will not touch it (linked item without a marker, policy `keep`). */
      why: string;
    };

export type OperationKind = Operation['op'];

export interface Changeset {
  feature: string;
  operations: Operation[];
}
