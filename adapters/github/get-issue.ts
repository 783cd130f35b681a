import type { WireIssue } from './map.js';
import type { RepoContext } from './repo-context.js';

/** Fetches one issue and remembers its body and database id for later writes. */
export async function getIssue(ctx: RepoContext, number: number): Promise<WireIssue> {
  const { data } = await ctx.client.rest.issues.get({
    owner: ctx.owner,
    repo: ctx.repo,
    issue_number: number,
  });
  rememberIssue(ctx, data as WireIssue);
  return data as WireIssue;
}

export function rememberIssue(ctx: RepoContext, issue: WireIssue): void {
  ctx.issueBodies.set(issue.number, issue.body ?? '');
  ctx.databaseIds.set(issue.number, issue.id);
}
