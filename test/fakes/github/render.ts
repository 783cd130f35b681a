/**
 * State → the JSON GitHub sends. API URLs are built on the origin the client called, so a
 * client that follows `url` fields stays on the fake; web URLs point at github.com.
 */
import { renderUser, userFor, WEB } from './render-user.js';
import type {
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeRepo,
  GitHubState,
} from './state.js';

export function renderLabel(repo: FakeRepo, label: FakeLabel, api: string) {
  return {
    id: label.id,
    node_id: label.node_id,
    url: `${api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function renderMilestone(state: GitHubState, repo: FakeRepo, m: FakeMilestone, api: string) {
  const base = `${api}/repos/${repo.fullName}/milestones/${m.number}`;
  const members = [...repo.issues.values()].filter((i) => i.milestone === m.number);
  return {
    url: base,
    html_url: `${WEB}/${repo.fullName}/milestone/${m.number}`,
    labels_url: `${base}/labels`,
    id: m.id,
    node_id: m.node_id,
    number: m.number,
    title: m.title,
    description: m.description,
    creator: renderUser(state.user, api),
    open_issues: members.filter((i) => i.state === 'open').length,
    closed_issues: members.filter((i) => i.state === 'closed').length,
    state: m.state,
    created_at: m.created_at,
    updated_at: m.updated_at,
    due_on: m.due_on,
    closed_at: m.closed_at,
  };
}

export function renderIssue(state: GitHubState, issue: FakeIssue, api: string) {
  const repo = state.repo(issue.repo);
  if (!repo) throw new Error(`issue ${issue.id} belongs to a missing repository`);
  const repoUrl = `${api}/repos/${repo.fullName}`;
  const base = `${repoUrl}/issues/${issue.number}`;
  const kind = issue.pull_request ? 'pull' : 'issues';
  const htmlUrl = `${WEB}/${repo.fullName}/${kind}/${issue.number}`;
  const milestone = issue.milestone === null ? undefined : repo.milestones.get(issue.milestone);
  const assignees = issue.assignees.map((login) => renderUser(userFor(state, login), api));
  const subIssues = state.subIssues(issue);
  const parent = issue.parentId === null ? undefined : state.issueById(issue.parentId);
  const blocking = state.blocking(issue);
  return {
    id: issue.id,
    node_id: issue.node_id,
    url: base,
    repository_url: repoUrl,
    labels_url: `${base}/labels{/name}`,
    comments_url: `${base}/comments`,
    events_url: `${base}/events`,
    html_url: htmlUrl,
    timeline_url: `${base}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: renderUser(issue.author ? userFor(state, issue.author.login) : state.user, api),
    labels: issue.labelIds.flatMap((id) => {
      const label = repo.labels.find((l) => l.id === id);
      return label ? [renderLabel(repo, label, api)] : [];
    }),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestone ? renderMilestone(state, repo, milestone, api) : null,
    locked: false,
    active_lock_reason: null,
    comments: state.comments(issue).length,
    ...(issue.pull_request
      ? {
          pull_request: {
            url: `${repoUrl}/pulls/${issue.number}`,
            html_url: htmlUrl,
            diff_url: `${htmlUrl}.diff`,
            patch_url: `${htmlUrl}.patch`,
            merged_at: issue.pull_request.merged_at,
          },
          draft: issue.pull_request.draft ?? false,
        }
      : {}),
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_by: issue.state === 'closed' ? renderUser(state.user, api) : null,
    author_association: issue.author?.association ?? 'OWNER',
    type: null,
    sub_issues_summary: {
      total: subIssues.length,
      completed: subIssues.filter((s) => s.state === 'closed').length,
      percent_completed:
        subIssues.length === 0
          ? 0
          : Math.floor(
              (100 * subIssues.filter((s) => s.state === 'closed').length) / subIssues.length,
            ),
    },
    ...(parent ? { parent_issue_url: `${api}/repos/${parent.repo}/issues/${parent.number}` } : {}),
    issue_dependencies_summary: {
      blocked_by: issue.blockedByIds.filter((id) => state.issueById(id)?.state === 'open').length,
      blocking: blocking.filter((b) => b.state === 'open').length,
      total_blocked_by: issue.blockedByIds.length,
      total_blocking: blocking.length,
    },
    reactions: {
      url: `${base}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

export function renderComment(
  state: GitHubState,
  issue: FakeIssue,
  comment: FakeComment,
  api: string,
) {
  const kind = issue.pull_request ? 'pull' : 'issues';
  return {
    id: comment.id,
    node_id: comment.node_id,
    url: `${api}/repos/${issue.repo}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${issue.repo}/${kind}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${api}/repos/${issue.repo}/issues/${issue.number}`,
    body: comment.body,
    user: renderUser(userFor(state, comment.user), api),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: 'OWNER',
  };
}
