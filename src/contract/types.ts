/**
 * The adapter contract: what the core hands an adapter and what it expects back. The core owns
 * keys, markers, hashing, the diff, conflict policy, dry-run, the owned body's markdown and
 * write-back; an adapter owns only the tracker's API, where the marker lives, its body format,
 * batching, paging and rate limits. Optional abilities are optional methods.
 */
import type { ZodType } from 'zod';

/**
 * What an item is: a task (an issue), a phase group (milestone, project milestone, epic, fix
 * version) or a feature-level container (a Linear project). Containers are optional.
 */
export type ItemKind = 'container' | 'group' | 'task';

export type ItemState = 'open' | 'closed';

/** The fields plansync owns on a remote item. Everything else on the item belongs to people. */
export interface ItemFields {
  title: string;
  /**
   * Markdown of the plansync-owned region of the body, rendered by the core (without the
   * marker and the source line). Adapters convert it to their format.
   */
  body: string;
  state: ItemState;
  /** Label names, sorted. Groups and containers have `[]`. */
  labels: string[];
  /** Key of the task's group (`<feature>/phase-2`), or null. Groups and containers have null. */
  group: string | null;
  /** Keys of the tasks this task depends on, sorted. */
  dependsOn: string[];
  /** Key of the feature container (`<feature>/feature`) a group or task sits in, or null. */
  container: string | null;
}

export type FieldName = keyof ItemFields;

/** Every owned field, in the order the marker lists their hashes. */
export const FIELD_NAMES: readonly FieldName[] = [
  'title',
  'body',
  'state',
  'labels',
  'group',
  'dependsOn',
  'container',
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

/** How a closed item was closed, where the tracker tells (pull reads it). */
export type ClosedAs = 'completed' | 'not-planned';

/** A remote item as read by an adapter, normalised to plansync's vocabulary. */
export interface RemoteItem {
  /** The adapter's own handle for the item (issue number, milestone number, node id, key). */
  id: string;
  kind: ItemKind;
  ref: Ref;
  /** The decoded marker, or null when plansync did not create the item. */
  marker: Marker | null;
  /**
   * Current values of the owned fields the kind holds, in their canonical form. A field the
   * adapter cannot read is left out and is then compared through the marker alone.
   */
  fields: Partial<ItemFields>;
  /** For a closed item, how it was closed, when the tracker says. */
  closedAs?: ClosedAs;
  /** When the item was created (ISO 8601), so duplicates converge on the oldest. */
  createdAt?: string;
  /**
   * False when the item carries a marker but was made by someone not allowed to write there
   * (anyone can type a marker into an issue): the core then neither adopts nor touches it.
   */
  trusted?: boolean;
  /**
   * What the adapter needs again to update or close the item (database ids, the full body as
   * read, parent ids). The core hands it back untouched; it never reads it.
   */
  native?: unknown;
}

export interface Snapshot {
  items: RemoteItem[];
}

export interface ReadScope {
  /** Feature ids whose marked items are wanted. */
  features: string[];
  /** When set, only the items with these keys are needed (recovery after an ambiguous create). */
  keys?: string[];
  /** URLs of links found in the plan: linked items must be returned even without a marker. */
  links: string[];
}

/** A create, with everything the core resolved. */
export interface CreateRequest {
  key: string;
  kind: ItemKind;
  fields: ItemFields;
  /** The marker to store: where the adapter keeps markers (`encodeMarker` gives its text). */
  marker: Marker;
  /**
   * The owned region as the core renders it, in markdown: `fields.body`, then the source line,
   * with the marker as an HTML comment first when the kind's `bodyMarker` is `'html-comment'`
   * or as a plain-text footer when it is `'text'`. The adapter converts it and places it.
   */
  region: string;
  /**
   * A client-chosen id derived from the key (a UUID), for trackers that accept one on create:
   * a re-sent create then cannot make a second item.
   */
  clientId: string;
  /** Remote id of `fields.group`, or null. */
  groupId: string | null;
  /** Remote id of `fields.container`, or null. */
  containerId: string | null;
}

export interface UpdateRequest extends CreateRequest {
  id: string;
  /** Fields to write. Others must be left as they are. */
  changes: FieldName[];
  /** The item as read (with its `native` data), so people's text and labels are kept. */
  remote: RemoteItem;
}

export interface CloseRequest {
  key: string;
  id: string;
  kind: ItemKind;
  /**
   * `removed`: the task left the plan; `duplicate`: another item holds the same key;
   * `obsolete`: the plan strikes the task out. All three close as "not planned".
   */
  reason: 'removed' | 'duplicate' | 'obsolete';
  /** A comment to leave on the item, or null. */
  comment: string | null;
  /** Marker to store after closing (the state hash changes). */
  marker: Marker;
  /** The owned region (as in `CreateRequest.region`) with the new marker. */
  region: string;
  remote: RemoteItem;
}

/** Makes an item's plansync dependencies exactly `dependsOn`. */
export interface RelateRequest {
  key: string;
  id: string;
  /** The item as the core knows it (read, or just created), with its `native` data. */
  remote: RemoteItem;
  /** The items it depends on (is blocked by) that exist on the tracker. */
  dependsOn: { key: string; id: string; remote: RemoteItem }[];
}

export interface WriteFailure {
  message: string;
  /** HTTP status or a tracker error code, when known. */
  status?: number;
  /**
   * True when the request may have taken effect even though it failed (dropped connection,
   * timeout, 5xx after sending). The core then asks `recover` (or reads) before anything else.
   */
  ambiguous?: boolean;
  /** True when the request hit a rate limit and the run should stop cleanly. */
  rateLimited?: boolean;
  /** True when the credentials were refused (exit 4). */
  auth?: boolean;
}

export type WriteResult =
  | { key: string; status: 'created' | 'updated' | 'closed'; item: RemoteItem }
  | { key: string; status: 'failed'; error: WriteFailure };

/** After an ambiguous create: is the item there? `unknown` is never re-sent. */
export type Recovery =
  | { key: string; status: 'found'; item: RemoteItem }
  | { key: string; status: 'absent' }
  | { key: string; status: 'unknown'; reason: string };

/** Where the core puts the marker in a rendered body, for adapters that keep it there. */
export type BodyMarker = 'html-comment' | 'text' | 'none';

/** What one kind of item can hold on a tracker. */
export interface KindSpec {
  /** The owned fields this kind holds. Others are never written, compared or hashed. */
  fields: readonly FieldName[];
  /**
   * The form a field takes on the tracker (label case, a body converted and read back),
   * applied to both sides before hashing and comparing, so a value that can never read back
   * equal can never cause an update on every run. Must be idempotent.
   */
  canonical?: { [F in FieldName]?: (value: ItemFields[F]) => ItemFields[F] };
  /** False when the tracker cannot create the item closed: the core creates it, then closes it. */
  createClosed: boolean;
  /** Where the marker goes in the rendered region (default `'none'`: the adapter keeps it elsewhere). */
  bodyMarker?: BodyMarker;
  /** Longest title the tracker accepts, so a longer one is found before the first write. */
  maxTitleLength?: number;
}

/** A problem found by `verify()`: bad credentials, missing target, missing permission. */
export interface VerifyProblem {
  code: 'auth' | 'not-found' | 'permission' | 'config' | 'network';
  message: string;
  hint?: string;
}

export interface ProgressEvent {
  /** A rate limit being waited out, or a wait before a request is sent again after a failure. */
  kind: 'rate-limit-wait' | 'retry-wait';
  seconds: number;
  message: string;
}

/**
 * A tracker adapter. Adapters never see markdown files, dry-run or diffs: the core calls the
 * write methods only when it means it, with at most `batchSize` items, and each returns one
 * result per input, in order; one failure does not throw the others away. `read` and `verify`
 * never write.
 */
export interface Adapter {
  readonly name: string;
  /** What each kind can hold. Without `container`, features have no container item. */
  readonly kinds: { task: KindSpec; group: KindSpec; container?: KindSpec };
  /** Most items one create/update/close/relate call may take. */
  readonly batchSize: number;
  /** Most write calls in flight at once (GitHub asks for serial content creation). */
  readonly maxConcurrency?: number;
  verify(): Promise<VerifyProblem[]>;
  read(scope: ReadScope): Promise<Snapshot>;
  create(batch: CreateRequest[]): Promise<WriteResult[]>;
  update(batch: UpdateRequest[]): Promise<WriteResult[]>;
  close(batch: CloseRequest[]): Promise<WriteResult[]>;
  /**
   * Sets dependencies, in a second pass after every create. An adapter with `relate` reports
   * `fields.dependsOn` in `read` (in its canonical form), so a dependency that failed or was
   * interrupted reads as missing and is set on the next run.
   */
  relate?(batch: RelateRequest[]): Promise<WriteResult[]>;
  /**
   * Looks for items whose create failed ambiguously, through a consistent read. Without it,
   * the core reads with `scope.keys`; a read that fails answers `unknown`.
   */
  recover?(requests: CreateRequest[]): Promise<Recovery[]>;
  /**
   * Of these label names, the ones the tracker does not have yet and that the first write
   * needing them will create (matched as the tracker matches names). Asked by the preview
   * only when its writes carry labels, so a no-op push reads nothing more. Omit it for
   * trackers whose labels need no creating (Jira's are free text).
   */
  missingLabels?(names: string[]): Promise<string[]>;
  /**
   * The item a link points at, when the URL is one of this tracker's (in any of its forms),
   * as `{ id }` comparable with `RemoteItem.id`; null for anything else.
   */
  parseRef(url: string): { id: string } | null;
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

/** Creates an adapter from its (already validated) config section. */
export type AdapterFactory = (options: Record<string, unknown>, context: AdapterContext) => Adapter;

/**
 * What an adapter module exports: the factory (as `createAdapter` or `default`), and
 * optionally the schema of its config section (validated with the rest of the config file,
 * every problem reported at once) and the environment variables that hold its secrets (masked
 * in every output).
 */
export interface AdapterModule {
  createAdapter?: AdapterFactory;
  default?: AdapterFactory;
  configSchema?: ZodType;
  secretVariables?: readonly string[];
}
