import type { Adapter, CreateRequest, Recovery } from '../diff/types.js';

/**
 * After a create that failed ambiguously: is the item there? The adapter's own `recover` (a
 * consistent lookup) when it has one, else a read of just those keys. A lookup that fails
 * answers `unknown`, and an unknown create is never sent again.
 */
export async function recoverCreates(
  adapter: Adapter,
  requests: CreateRequest[],
  features: string[],
): Promise<Recovery[]> {
  try {
    if (adapter.recover) return await adapter.recover(requests);
    const keys = requests.map((request) => request.key);
    const snapshot = await adapter.read({ features, keys, links: [] });
    return requests.map((request) => {
      const item = snapshot.items.find(
        (candidate) => candidate.marker?.key === request.key && candidate.trusted !== false,
      );
      return item
        ? { key: request.key, status: 'found', item }
        : { key: request.key, status: 'absent' };
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return requests.map((request) => ({ key: request.key, status: 'unknown', reason }));
  }
}
