/**
 * The adapter contract and the changeset. The core owns keys, markers, hashing, the diff,
 * conflict policy, dry-run and write-back; an adapter owns only the tracker's API.
 */

/** Whether an item is a task (issue) or a phase group (milestone, project milestone, epic). */
export type ItemKind = 'task' | 'group';

export type ItemState = 'open' | 'closed';

/** The fields plansync owns on a remote item. Everything else on the item belongs to people. */
export interface ItemFields {
  title: string;
  /** Markdown of the plansync-owned region of the body. Adapters convert it to their format. */
  body: string;
  state: ItemState;
  /** Label names, sorted. For tasks only; groups have `[]`. */
  labels: string[];
  /** Key of the task's group (`<feature>/phase-2`), or null. Groups have null. */
  group: string | null;
  /** Keys of the tasks this task depends on, sorted. */
  dependsOn: string[];
}

export type FieldName = keyof ItemFields;

export const FIELD_NAMES: readonly FieldName[] = [
  'title',
  'body',
  'state',
  'labels',
  'group',
  'dependsOn',
];

/**
 * What plansync leaves on a remote item: its key and, per owned field, a short hash of the
 * value it last pushed. The per-field hashes give the three-way comparison (plan / last push /
 * remote) without any state file.
 */
export interface Marker {
  key: string;
  hashes: Partial<Record<FieldName, string>>;
}

/** A pointer a person can follow, and that write-back puts into the plan. */
export interface Ref {
  /** Short reference: `#123`, `ENG-42`, `PROJ-17`. */
  text: string;
  /** Web page of the item. */
  url: string;
}

/** A remote item as read by an adapter, normalised to plansync's vocabulary. */
export interface RemoteItem {
  /** The adapter's own handle for the item (issue number, milestone number, node id, key). */
  id: string;
  kind: ItemKind;
  ref: Ref;
  /** The decoded marker, or null when plansync did not create the item. */
  marker: Marker | null;
  /**
   * Current values of the owned fields. A field the adapter cannot read cheaply (for example
   * dependencies on GitHub) is left out and then compared through the marker alone.
   */
  fields: Partial<ItemFields>;
}

export interface Snapshot {
  items: RemoteItem[];
}

export interface ReadScope {
  /** Feature ids whose marked items are wanted. */
  features: string[];
  /** When set, only the items with these keys are needed (used to recover after an ambiguous create). */
  keys?: string[];
  /** URLs of links found in the plan: linked items must be returned even without a marker. */
  links: string[];
}

export interface CreateRequest {
  key: string;
  kind: ItemKind;
  fields: ItemFields;
  marker: Marker;
  /** Remote id of the group (`fields.group` resolved), or null. */
  groupId: string | null;
  /** Remote ids of the dependencies that exist (`fields.dependsOn` resolved). */
  dependsOnIds: string[];
  /** Where the task is written in the plan, for a link back from the item (optional to use). */
  source: { file: string; line: number } | null;
}

export interface UpdateRequest extends CreateRequest {
  id: string;
  /** Fields to write. Others must be left as they are. */
  changes: FieldName[];
  /**
   * The item as read, so an adapter can keep what is not plansync's (human body text, other
   * labels). When `dependsOn` is in `changes`, the adapter reconciles the tracker's relations
   * with `dependsOnIds` (adding and removing), since the core cannot read them cheaply.
   */
  remote: RemoteItem;
}

export interface CloseRequest {
  key: string;
  id: string;
  kind: ItemKind;
  /** `removed`: the task left the plan. */
  reason: 'removed';
  /** A comment to leave on the item, or null. */
  comment: string | null;
  /** Marker to store after closing (the state hash changes). */
  marker: Marker;
  remote: RemoteItem;
}

export interface WriteFailure {
  message: string;
  /** HTTP status or a tracker error code, when known. */
  status?: number;
  /**
   * True when the request may have taken effect even though it failed (dropped connection,
   * timeout, 5xx after sending). The core then looks for the marker before trying again.
   */
  ambiguous?: boolean;
  /** True when the request hit a rate limit and the run should stop cleanly. */
  rateLimited?: boolean;
}

export type WriteResult =
  | { key: string; status: 'created' | 'updated' | 'closed'; item: RemoteItem }
  | { key: string; status: 'failed'; error: WriteFailure };

export type GroupKind = 'milestone' | 'project-milestone' | 'epic' | 'fix-version';

export interface Capabilities {
  groupKind: GroupKind;
  /** Most items one create/update/close call may take. */
  batchSize: number;
  /**
   * Most write calls in flight at once. GitHub asks integrators to create content serially;
   * serial creates also number issues in plan order.
   */
  maxConcurrency?: number;
  subIssues: boolean;
  dependencies: boolean;
  labels: boolean;
}

/** A problem found by `verify()`: bad credentials, missing target, missing permission. */
export interface VerifyProblem {
  code: 'auth' | 'not-found' | 'permission' | 'config' | 'network';
  message: string;
  hint?: string;
}

export interface ProgressEvent {
  kind: 'rate-limit-wait';
  seconds: number;
  message: string;
}

/**
 * A tracker adapter. Adapters never see markdown files, dry-run or diffs: the core calls the
 * write methods only when it means it, with at most `capabilities.batchSize` items, and each
 * returns one result per input, in order.
 */
export interface Adapter {
  readonly name: string;
  readonly capabilities: Capabilities;
  verify(): Promise<VerifyProblem[]>;
  read(scope: ReadScope): Promise<Snapshot>;
  create(batch: CreateRequest[]): Promise<WriteResult[]>;
  update(batch: UpdateRequest[]): Promise<WriteResult[]>;
  close(batch: CloseRequest[]): Promise<WriteResult[]>;
  /** The reference write-back uses for an item. */
  ref(item: RemoteItem): Ref;
}

export interface AdapterContext {
  /** Environment to read secrets from (defaults to `process.env`). */
  env: Record<string, string | undefined>;
  /** Progress sink for things a person should see (rate-limit waits). */
  onProgress?: (event: ProgressEvent) => void;
  /** Debug log; secrets are masked by the core before printing. */
  log?: (message: string) => void;
  fetch?: typeof globalThis.fetch;
}

/** What a third-party adapter package exports (as `default` or `createAdapter`). */
export type AdapterFactory = (options: Record<string, unknown>, context: AdapterContext) => Adapter;

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
      /** For `close` of a task that left the plan. */
      reason: 'done' | 'removed' | 'reopened' | 'changed';
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
