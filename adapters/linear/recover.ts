/**
 * After a create whose answer was lost: is the item there? Issues are looked up by the id
 * plansync chose for them, a consistent read; phases and features by a read of their keys.
 * A read that fails answers `unknown`, which the core never sends again.
 */
import { keyFeature } from '../../src/diff/keys.js';
import type { CreateRequest, Recovery } from '../../src/contract/types.js';
import type { LinearContext } from './context.js';
import { issueToItem } from './map.js';
import { ISSUES_BY_ID_QUERY } from './queries.js';
import { readItems } from './read-items.js';
import type { WireIssue } from './wire.js';

export async function recoverItems(
  ctx: LinearContext,
  requests: CreateRequest[],
): Promise<Recovery[]> {
  try {
    const tasks = requests.filter((r) => r.kind === 'task');
    const others = requests.filter((r) => r.kind !== 'task');
    const found = new Map<string, Recovery>();
    if (tasks.length > 0) {
      const data = await ctx.transport.request<{ issues: { nodes: WireIssue[] } }>(
        ISSUES_BY_ID_QUERY,
        { ids: tasks.map((r) => r.clientId) },
      );
      for (const request of tasks) {
        const issue = data.issues.nodes.find((i) => i.id === request.clientId);
        if (!issue) continue;
        const item = issueToItem(
          issue,
          (id) => (id === request.groupId ? (request.fields.group ?? undefined) : undefined),
          () => undefined,
        );
        found.set(request.key, { key: request.key, status: 'found', item });
      }
    }
    if (others.length > 0) {
      const snapshot = await readItems(ctx, {
        features: [...new Set(others.map((r) => keyFeature(r.key)))],
        keys: others.map((r) => r.key),
        links: [],
      });
      for (const item of snapshot.items) {
        const key = item.marker?.key;
        if (key) found.set(key, { key, status: 'found', item });
      }
    }
    return requests.map((r) => found.get(r.key) ?? { key: r.key, status: 'absent' });
  } catch (error) {
    const reason = (error as Error).message;
    return requests.map((r) => ({ key: r.key, status: 'unknown', reason }));
  }
}
