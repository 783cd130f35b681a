import { decodeMarker, encodeMarker } from '../../src/sync/marker.js';
import type {
  Adapter,
  CloseRequest,
  CreateRequest,
  ItemFields,
  ReadScope,
  RemoteItem,
  Snapshot,
  UpdateRequest,
  VerifyProblem,
  WriteResult,
} from '../../src/sync/types.js';

/** One stored item, as a tracker would hold it: fields plus a marker string. */
export interface StoredItem {
  id: string;
  kind: 'task' | 'group';
  fields: ItemFields;
  /** Encoded marker, or null for items plansync did not create. */
  marker: string | null;
  comments: string[];
}

export type Fault =
  | { on: 'create' | 'update' | 'close'; nth: number; kind: 'fail' }
  /** The write happens, but the caller is told it failed ambiguously (a dropped connection). */
  | { on: 'create'; nth: number; kind: 'ambiguous' }
  | { on: 'create' | 'update'; nth: number; kind: 'rate-limit' }
  /** Throws after the write happened: the process "dies" between create and write-back. */
  | { on: 'create'; nth: number; kind: 'crash' };

/**
 * A tracker in memory that keeps the contract: one result per input, in order; failures do not
 * throw the others away; markers round-trip exactly. It counts calls so tests can assert
 * "a no-op push writes nothing".
 */
export class MemoryAdapter implements Adapter {
  readonly name = 'memory';
  readonly capabilities = {
    groupKind: 'milestone' as const,
    batchSize: 3,
    subIssues: false,
    dependencies: true,
    labels: true,
  };
  readonly items = new Map<string, StoredItem>();
  readonly calls = { verify: 0, read: 0, create: 0, update: 0, close: 0 };
  readonly written = { create: 0, update: 0, close: 0 };
  faults: Fault[] = [];
  private nextId = 1;

  get writes(): number {
    return this.calls.create + this.calls.update + this.calls.close;
  }

  async verify(): Promise<VerifyProblem[]> {
    this.calls.verify++;
    return [];
  }

  async read(scope: ReadScope): Promise<Snapshot> {
    this.calls.read++;
    const links = new Set(scope.links);
    const items: RemoteItem[] = [];
    for (const stored of this.items.values()) {
      const item = this.toRemote(stored);
      const ours = item.marker && scope.features.some((f) => item.marker!.key.startsWith(`${f}/`));
      const wanted = scope.keys ? item.marker && scope.keys.includes(item.marker.key) : ours;
      if (wanted || links.has(item.ref.url)) items.push(item);
    }
    return { items };
  }

  async create(batch: CreateRequest[]): Promise<WriteResult[]> {
    this.calls.create++;
    return batch.map((request) => {
      const fault = this.takeFault('create');
      if (fault?.kind === 'fail') return failed(request.key, 'validation failed');
      if (fault?.kind === 'rate-limit')
        return failed(request.key, 'rate limited', { rateLimited: true });
      const stored: StoredItem = {
        id: String(this.nextId++),
        kind: request.kind,
        fields: structuredClone(request.fields),
        marker: encodeMarker(request.marker),
        comments: [],
      };
      this.items.set(stored.id, stored);
      this.written.create++;
      if (fault?.kind === 'crash') throw new Error('simulated crash after create');
      if (fault?.kind === 'ambiguous')
        return failed(request.key, 'socket hang up', { ambiguous: true });
      return { key: request.key, status: 'created', item: this.toRemote(stored) };
    });
  }

  async update(batch: UpdateRequest[]): Promise<WriteResult[]> {
    this.calls.update++;
    return batch.map((request) => {
      const fault = this.takeFault('update');
      if (fault?.kind === 'fail') return failed(request.key, 'validation failed');
      if (fault?.kind === 'rate-limit')
        return failed(request.key, 'rate limited', { rateLimited: true });
      const stored = this.items.get(request.id);
      if (!stored) return failed(request.key, `no item ${request.id}`);
      for (const name of request.changes) {
        (stored.fields as unknown as Record<string, unknown>)[name] = structuredClone(
          request.fields[name],
        );
      }
      stored.marker = encodeMarker(request.marker);
      this.written.update++;
      return { key: request.key, status: 'updated', item: this.toRemote(stored) };
    });
  }

  async close(batch: CloseRequest[]): Promise<WriteResult[]> {
    this.calls.close++;
    return batch.map((request) => {
      const fault = this.takeFault('close');
      if (fault?.kind === 'fail') return failed(request.key, 'validation failed');
      const stored = this.items.get(request.id);
      if (!stored) return failed(request.key, `no item ${request.id}`);
      stored.fields.state = 'closed';
      stored.marker = encodeMarker(request.marker);
      if (request.comment) stored.comments.push(request.comment);
      this.written.close++;
      return { key: request.key, status: 'closed', item: this.toRemote(stored) };
    });
  }

  ref(item: RemoteItem) {
    return item.ref;
  }

  /** Adds an item by hand, as a person would (no marker unless given). */
  seed(fields: Partial<ItemFields> & { title: string }, marker: string | null = null): StoredItem {
    const stored: StoredItem = {
      id: String(this.nextId++),
      kind: 'task',
      fields: { body: '', state: 'open', labels: [], group: null, dependsOn: [], ...fields },
      marker,
      comments: [],
    };
    this.items.set(stored.id, stored);
    return stored;
  }

  byKey(key: string): StoredItem | undefined {
    return [...this.items.values()].find((item) => decodeMarker(item.marker)?.key === key);
  }

  resetCounts(): void {
    for (const name of Object.keys(this.calls) as (keyof typeof this.calls)[]) this.calls[name] = 0;
    for (const name of Object.keys(this.written) as (keyof typeof this.written)[])
      this.written[name] = 0;
  }

  private counters = { create: 0, update: 0, close: 0 };
  private takeFault(on: 'create' | 'update' | 'close'): Fault | undefined {
    const n = ++this.counters[on];
    const index = this.faults.findIndex((fault) => fault.on === on && fault.nth === n);
    return index === -1 ? undefined : this.faults.splice(index, 1)[0];
  }

  private toRemote(stored: StoredItem): RemoteItem {
    return {
      id: stored.id,
      kind: stored.kind,
      ref: { text: `#${stored.id}`, url: `https://tracker.test/items/${stored.id}` },
      marker: decodeMarker(stored.marker),
      fields: structuredClone(stored.fields),
    };
  }
}

function failed(key: string, message: string, extra: object = {}): WriteResult {
  return { key, status: 'failed', error: { message, ...extra } };
}
