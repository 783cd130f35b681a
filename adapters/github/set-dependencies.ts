import { getIssue } from './get-issue.js';
import type { RepoContext } from './repo-context.js';

/**
 * Makes the issue "blocked by" exactly `blockerNumbers`. GitHub's dependency API takes the
 * blocking issue's database id, not its number, so numbers are translated first.
 */
export async function setDependencies(
  ctx: RepoContext,
  issueNumber: number,
  blockerNumbers: number[],
  options: { known: 'none' | 'unknown' },
): Promise<void> {
  const wanted = new Set<number>();
  for (const number of blockerNumbers) wanted.add(await databaseId(ctx, number));
  let current = new Set<number>();
  if (options.known === 'unknown') {
    const blockers = await ctx.client.paginate(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
      {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: issueNumber,
        per_page: 100,
      },
    );
    current = new Set((blockers as { id: number }[]).map((issue) => issue.id));
  }
  for (const id of wanted) {
    if (current.has(id)) continue;
    await ctx.client.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
      {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: issueNumber,
        issue_id: id,
      },
    );
  }
  for (const id of current) {
    if (wanted.has(id)) continue;
    await ctx.client.request(
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
      { owner: ctx.owner, repo: ctx.repo, issue_number: issueNumber, issue_id: id },
    );
  }
}

async function databaseId(ctx: RepoContext, number: number): Promise<number> {
  return ctx.databaseIds.get(number) ?? (await getIssue(ctx, number)).id;
}
