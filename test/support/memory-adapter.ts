import { parseRegion, spliceRegion } from '../../src/contract/body-region.js';
import { decodeMarker } from '../../src/contract/marker.js';
import type {
  Adapter,
  CloseRequest,
  CreateRequest,
  ItemFields,
  ItemKind,
  KindSpec,
  ReadScope,
  RelateRequest,
  RemoteItem,
  Snapshot,
  UpdateRequest,
  VerifyProblem,
  WriteResult,
} from '../../src/contract/types.js';

/** One stored item, as a tracker would hold it: fields plus the body that carries the marker. */
export interface StoredItem {
  id: string;
  kind: ItemKind;
  /** Owned fields. `group` and `container` hold the *ids* of the parents, as a tracker would. */
  fields: ItemFields;
  /** The whole body: the region (with the marker) plus anything people wrote around it. */
  body: string;
  comments: string[];
  createdAt: string;
  /** Made by someone not allowed to write here (a forged marker). */
  untrusted?: boolean;
}

export type Fault =
  | { on: 'create' | 'update' | 'close' | 'relate'; nth: number; kind: 'fail' }
  /** The write happens, but the caller is told it failed ambiguously (a dropped connection). */
  | { on: 'create'; nth: number; kind: 'ambiguous' }
  | { on: 'create' | 'update' | 'relate'; nth: number; kind: 'rate-limit' }
  /** Throws after the write happened: the process "dies" between create and write-back. */
  | { on: 'create'; nth: number; kind: 'crash' };

const TASK: KindSpec = {
  fields: ['title', 'body', 'state', 'labels', 'group', 'dependsOn'],
  createClosed: true,
  bodyMarker: 'html-comment',
};
const GROUP: KindSpec = {
  fields: ['title', 'body', 'state'],
  createClosed: true,
  bodyMarker: 'html-comment',
};
const CONTAINER: KindSpec = {
  fields: ['title', 'body', 'state'],
  createClosed: true,
  bodyMarker: 'html-comment',
};

/**
 * A tracker in memory that keeps the contract: one result per input, in order; failures do not
 * throw the others away; markers round-trip exactly; parents and dependencies are held by id,
 * so a wrong id shows. It counts calls so tests can assert "a no-op push writes nothing".
 */
export class MemoryAdapter implements Adapter {
  readonly name = 'memory';
  readonly kinds: Adapter['kinds'];
  batchSize = 3;
  readonly items = new Map<string, StoredItem>();
  readonly calls = { verify: 0, read: 0, create: 0, update: 0, close: 0, relate: 0 };
  readonly written = { create: 0, update: 0, close: 0, relate: 0 };
  faults: Fault[] = [];
  private nextId = 1;
  private clock = 0;

  constructor(options: { containers?: boolean; createClosed?: boolean } = {}) {
    const task = { ...TASK, createClosed: options.createClosed ?? true };
    this.kinds = options.containers
      ? { task, group: GROUP, container: CONTAINER }
      : { task, group: GROUP };
  }

  get writes(): number {
    return this.calls.create + this.calls.update + this.calls.close + this.calls.relate;
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
    this.checkBatch(batch.length);
    return batch.map((request) => {
      const fault = this.takeFault('create');
      if (fault?.kind === 'fail') return failed(request.key, 'validation failed');
      if (fault?.kind === 'rate-limit')
        return failed(request.key, 'rate limited', { rateLimited: true });
      const stored: StoredItem = {
        id: String(this.nextId++),
        kind: request.kind,
        fields: {
          ...structuredClone(request.fields),
          group: request.groupId,
          container: request.containerId,
          dependsOn: [],
        },
        body: request.region,
        comments: [],
        createdAt: this.now(),
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
    this.checkBatch(batch.length);
    return batch.map((request) => {
      const fault = this.takeFault('update');
      if (fault?.kind === 'fail') return failed(request.key, 'validation failed');
      if (fault?.kind === 'rate-limit')
        return failed(request.key, 'rate limited', { rateLimited: true });
      const stored = this.items.get(request.id);
      if (!stored) return failed(request.key, `no item ${request.id}`);
      for (const name of request.changes) {
        if (name === 'dependsOn') continue;
        const value =
          name === 'group'
            ? request.groupId
            : name === 'container'
              ? request.containerId
              : structuredClone(request.fields[name]);
        (stored.fields as unknown as Record<string, unknown>)[name] = value;
      }
      stored.body = spliceRegion(stored.body, request.region);
      this.written.update++;
      return { key: request.key, status: 'updated', item: this.toRemote(stored) };
    });
  }

  async close(batch: CloseRequest[]): Promise<WriteResult[]> {
    this.calls.close++;
    this.checkBatch(batch.length);
    return batch.map((request) => {
      const fault = this.takeFault('close');
      if (fault?.kind === 'fail') return failed(request.key, 'validation failed');
      const stored = this.items.get(request.id);
      if (!stored) return failed(request.key, `no item ${request.id}`);
      stored.fields.state = 'closed';
      stored.body = spliceRegion(stored.body, request.region);
      if (request.comment) stored.comments.push(request.comment);
      this.written.close++;
      return { key: request.key, status: 'closed', item: this.toRemote(stored) };
    });
  }

  async relate(batch: RelateRequest[]): Promise<WriteResult[]> {
    this.calls.relate++;
    this.checkBatch(batch.length);
    return batch.map((request) => {
      const fault = this.takeFault('relate');
      if (fault?.kind === 'fail') return failed(request.key, 'relation refused');
      if (fault?.kind === 'rate-limit')
        return failed(request.key, 'rate limited', { rateLimited: true });
      const stored = this.items.get(request.id);
      if (!stored) return failed(request.key, `no item ${request.id}`);
      for (const dep of request.dependsOn) {
        if (!this.items.has(dep.id)) return failed(request.key, `no item ${dep.id} to depend on`);
      }
      stored.fields.dependsOn = request.dependsOn.map((dep) => dep.id).sort();
      this.written.relate++;
      return { key: request.key, status: 'updated', item: this.toRemote(stored) };
    });
  }

  parseRef(url: string): { id: string } | null {
    const match = /^https:\/\/tracker\.test\/items\/(\d+)(?:[/?#].*)?$/.exec(url.trim());
    return match ? { id: match[1]! } : null;
  }

  /** Adds an item by hand, as a person would (no marker unless given). */
  seed(
    fields: Partial<ItemFields> & { title: string },
    marker: string | null = null,
    options: { untrusted?: boolean; kind?: ItemKind } = {},
  ): StoredItem {
    const stored: StoredItem = {
      id: String(this.nextId++),
      kind: options.kind ?? 'task',
      fields: {
        body: '',
        state: 'open',
        labels: [],
        group: null,
        dependsOn: [],
        container: null,
        ...fields,
      },
      body: marker
        ? `<!-- ${marker} -->\n${fields.body ?? ''}\n<!-- /plansync -->`
        : (fields.body ?? ''),
      comments: [],
      createdAt: this.now(),
      ...(options.untrusted ? { untrusted: true } : {}),
    };
    this.items.set(stored.id, stored);
    return stored;
  }

  byKey(key: string): StoredItem | undefined {
    return [...this.items.values()].find((item) => this.markerOf(item)?.key === key);
  }

  allByKey(key: string): StoredItem[] {
    return [...this.items.values()].filter((item) => this.markerOf(item)?.key === key);
  }

  markerOf(stored: StoredItem) {
    return decodeMarker(parseRegion(stored.body).marker);
  }

  /** Sets the marker text on an item (as a person copying a body would). */
  setMarker(stored: StoredItem, marker: string): void {
    stored.body = `<!-- ${marker} -->\n${stored.fields.body}\n<!-- /plansync -->`;
  }

  resetCounts(): void {
    for (const name of Object.keys(this.calls) as (keyof typeof this.calls)[]) this.calls[name] = 0;
    for (const name of Object.keys(this.written) as (keyof typeof this.written)[])
      this.written[name] = 0;
  }

  private counters = { create: 0, update: 0, close: 0, relate: 0 };
  private takeFault(on: 'create' | 'update' | 'close' | 'relate'): Fault | undefined {
    const n = ++this.counters[on];
    const index = this.faults.findIndex((fault) => fault.on === on && fault.nth === n);
    return index === -1 ? undefined : this.faults.splice(index, 1)[0];
  }

  private checkBatch(size: number): void {
    if (size > this.batchSize)
      throw new Error(`batch of ${size} over the limit of ${this.batchSize}`);
  }

  private now(): string {
    return new Date(Date.UTC(2026, 0, 1) + this.clock++ * 1000).toISOString();
  }

  private keyOfId(id: string | null): string | null {
    if (id === null) return null;
    const item = this.items.get(id);
    return item ? (this.markerOf(item)?.key ?? `id:${id}`) : `id:${id}`;
  }

  private toRemote(stored: StoredItem): RemoteItem {
    const region = parseRegion(stored.body);
    const fields: Partial<ItemFields> = {
      title: stored.fields.title,
      state: stored.fields.state,
    };
    if (region.owned !== null) fields.body = region.owned;
    if (stored.kind === 'task') {
      fields.labels = [...stored.fields.labels];
      fields.group = this.keyOfId(stored.fields.group);
      fields.dependsOn = stored.fields.dependsOn.map((id) => this.keyOfId(id)!).sort();
    }
    return {
      id: stored.id,
      kind: stored.kind,
      ref: { text: `#${stored.id}`, url: `https://tracker.test/items/${stored.id}` },
      marker: decodeMarker(region.marker),
      fields,
      createdAt: stored.createdAt,
      trusted: stored.untrusted !== true,
      native: { body: stored.body },
    };
  }
}

function failed(key: string, message: string, extra: object = {}): WriteResult {
  return { key, status: 'failed', error: { message, ...extra } };
}
