import type { RelateRequest, WriteResult } from '../../src/contract/types.js';
import { dependencyCount } from './map.js';
import type { IssueNative, RepoContext } from './repo-context.js';
import { toFailure } from './to-failure.js';

/**
 * Makes the issue "blocked by" exactly the requested issues. GitHub's dependency API takes
 * the blocking issue's database id, not its number; both travel on the items. The current
 * blockers are listed only when the issue may have some (its summary count is not zero).
 */
export async function setDependencies(
  ctx: RepoContext,
  request: RelateRequest,
): Promise<WriteResult> {
  const issueNumber = Number(request.id);
  try {
    const wanted = new Set(
      request.dependsOn.map((d) => (d.remote.native as IssueNative).databaseId),
    );
    const had = request.remote.fields.dependsOn;
    let current = new Set<number>();
    if (!had || had[0] !== dependencyCount(0)) {
      const blockers = await ctx.client.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
        { owner: ctx.owner, repo: ctx.repo, issue_number: issueNumber, per_page: 100 },
      );
      current = new Set((blockers as { id: number }[]).map((issue) => issue.id));
    }
    for (const id of wanted) {
      if (current.has(id)) continue;
      await ctx.client.request(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
        { owner: ctx.owner, repo: ctx.repo, issue_number: issueNumber, issue_id: id },
      );
    }
    for (const id of current) {
      if (wanted.has(id)) continue;
      await ctx.client.request(
        'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
        { owner: ctx.owner, repo: ctx.repo, issue_number: issueNumber, issue_id: id },
      );
    }
    const item = {
      ...request.remote,
      fields: { ...request.remote.fields, dependsOn: [dependencyCount(wanted.size)] },
    };
    return { key: request.key, status: 'updated', item };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}
