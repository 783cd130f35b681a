/**
 * Makes a task wait on exactly the issues plansync says it depends on: a `Blocks` link from
 * each blocker (one request per link added or removed). Links people made to issues that
 * are not plansync's are left alone.
 */
import type { RelateRequest, WriteResult } from '../../src/contract/types.js';
import type { JiraContext } from './context.js';
import type { IssueNative } from './map.js';
import { toFailure } from './to-failure.js';

export async function relateIssue(ctx: JiraContext, request: RelateRequest): Promise<WriteResult> {
  const native = request.remote.native as IssueNative;
  try {
    const wanted = new Map(request.dependsOn.map((d) => [d.id, d.key]));
    const current = native.blockers;
    for (const blocker of wanted.keys()) {
      if (current.some((b) => b.key === blocker)) continue;
      await ctx.api.linkBlocks(blocker, native.key);
    }
    for (const link of current) {
      if (!wanted.has(link.key) && link.linkId) await ctx.api.deleteLink(link.linkId);
    }
    const item = {
      ...request.remote,
      fields: { ...request.remote.fields, dependsOn: [...wanted.values()].sort() },
    };
    return { key: request.key, status: 'updated', item };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}
