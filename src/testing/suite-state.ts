import type {
  Adapter,
  CreateRequest,
  RemoteItem,
  Snapshot,
  WriteResult,
} from '../contract/types.js';
import { createRequest, type RequestInput } from './requests.js';

export interface ContractSetup {
  adapter: Adapter;
  cleanup?: () => Promise<void>;
  /**
   * Makes the next write of `key` fail on the tracker's side: a validation error (`fail`), a
   * dropped connection after the tracker did the write (`ambiguous`), or a rate limit.
   */
  provoke: (key: string, kind: 'fail' | 'ambiguous' | 'rate-limit') => void;
  /** The same adapter with credentials the tracker refuses. */
  withBadCredentials: () => Promise<Adapter>;
  /** The most items the tracker returns in one page, so the suite can read across pages. */
  pageSize: number;
}

/** What the suite's tests share: filled before each test. */
export interface SuiteState {
  current: ContractSetup;
  adapter: Adapter;
  feature: string;
  task(id: string, extra?: Partial<RequestInput>): CreateRequest;
  createOne(request: CreateRequest): Promise<RemoteItem>;
  createAll(requests: CreateRequest[]): Promise<WriteResult[]>;
  read(feature?: string): Promise<Snapshot>;
}

export function createdItem(result: WriteResult | undefined, key: string): RemoteItem {
  if (!result) throw new Error(`no result for ${key}`);
  if (result.status === 'failed') throw new Error(`${key}: ${result.error.message}`);
  if (result.key !== key) throw new Error(`result for ${result.key} where ${key} was expected`);
  return result.item;
}

export function itemWithKey(snapshot: Snapshot, key: string): RemoteItem {
  const item = snapshot.items.find((candidate) => candidate.marker?.key === key);
  if (!item) throw new Error(`read() did not return ${key}; it returned ${keysOf(snapshot)}`);
  return item;
}

export function keysOf(snapshot: Snapshot): string[] {
  return snapshot.items.map((item) => item.marker?.key ?? `(unmarked ${item.id})`).sort();
}

/** Installs the helpers on the state (they read the feature and adapter of the moment). */
export function withHelpers(state: SuiteState): SuiteState {
  state.task = (id, extra = {}) =>
    createRequest({
      key: `${state.feature}/${id}`,
      title: `${id} Build part ${id}`,
      body: `Part ${id} of ${state.feature}.`,
      ...extra,
    });
  state.createAll = async (requests) => {
    const size = Math.max(1, state.adapter.batchSize);
    const results: WriteResult[] = [];
    for (let at = 0; at < requests.length; at += size) {
      results.push(...(await state.adapter.create(requests.slice(at, at + size))));
    }
    return results;
  };
  state.createOne = async (request) => {
    const [result] = await state.adapter.create([request]);
    return createdItem(result, request.key);
  };
  state.read = (feature = state.feature) => state.adapter.read({ features: [feature], links: [] });
  return state;
}
