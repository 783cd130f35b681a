/**
 * Pull requests as GitHub sends them: the `pull-request-simple` form in lists and the full
 * `pull-request` form from create. The fake keeps no git data, so shas are derived from the
 * repository and branch name: stable, 40 hex digits, and different for each branch.
 */
import { createHash } from 'node:crypto';
import { renderLabel, renderMilestone } from './render.js';
import { renderRepo } from './render-repo.js';
import { renderUser, userFor, WEB } from './render-user.js';
import type { FakeIssue, FakeRepo, GitHubState } from './state.js';

/** Branch names of a pull request; seeded ones that named none get GitHub-like defaults. */
export function branchesOf(pr: FakeIssue): { head: string; base: string } {
  return {
    head: pr.pull_request?.head ?? `patch-${pr.number}`,
    base: pr.pull_request?.base ?? 'main',
  };
}

export function fakeSha(repo: FakeRepo, ref: string): string {
  return createHash('sha1').update(`${repo.fullName}@${ref}`).digest('hex');
}

export function renderPullSimple(state: GitHubState, pr: FakeIssue, api: string) {
  const repo = state.repo(pr.repo);
  if (!repo || !pr.pull_request) throw new Error(`#${pr.number} is not a pull request`);
  const repoUrl = `${api}/repos/${repo.fullName}`;
  const url = `${repoUrl}/pulls/${pr.number}`;
  const issueUrl = `${repoUrl}/issues/${pr.number}`;
  const htmlUrl = `${WEB}/${repo.fullName}/pull/${pr.number}`;
  const { head, base } = branchesOf(pr);
  const headSha = fakeSha(repo, head);
  const owner = renderUser(userFor(state, repo.owner), api);
  const assignees = pr.assignees.map((login) => renderUser(userFor(state, login), api));
  const milestone = pr.milestone === null ? undefined : repo.milestones.get(pr.milestone);
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo: renderRepo(state, repo, api),
  });
  const links = {
    self: url,
    html: htmlUrl,
    issue: issueUrl,
    comments: `${issueUrl}/comments`,
    review_comments: `${url}/comments`,
    review_comment: `${repoUrl}/pulls/comments{/number}`,
    commits: `${url}/commits`,
    statuses: `${repoUrl}/statuses/${headSha}`,
  };
  return {
    url,
    id: pr.id,
    node_id: pr.node_id,
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: renderUser(pr.author ? userFor(state, pr.author.login) : state.user, api),
    body: pr.body,
    labels: pr.labelIds.flatMap((id) => {
      const label = repo.labels.find((l) => l.id === id);
      return label ? [renderLabel(repo, label, api)] : [];
    }),
    milestone: milestone ? renderMilestone(state, repo, milestone, api) : null,
    active_lock_reason: null,
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    closed_at: pr.closed_at,
    merged_at: pr.pull_request.merged_at,
    merge_commit_sha: pr.pull_request.merged_at ? fakeSha(repo, `merge/${pr.number}`) : null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branch(head, headSha),
    base: branch(base, fakeSha(repo, base)),
    _links: Object.fromEntries(Object.entries(links).map(([k, href]) => [k, { href }])),
    author_association: pr.author?.association ?? 'OWNER',
    auto_merge: null,
    draft: pr.pull_request.draft ?? false,
  };
}

export function renderPull(state: GitHubState, pr: FakeIssue, api: string) {
  const merged = Boolean(pr.pull_request?.merged_at);
  return {
    ...renderPullSimple(state, pr, api),
    merged,
    // GitHub computes mergeability in the background; until then it answers null/unknown,
    // which is what a pull request just opened shows.
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: merged ? renderUser(state.user, api) : null,
    comments: state.comments(pr).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
