/**
 * State → the JSON GitHub sends. API URLs are built on the origin the client called, so a
 * client that follows `url` fields stays on the fake; web URLs point at github.com.
 */
import type {
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeRepo,
  FakeUser,
  GitHubState,
} from './state.js';

const WEB = 'https://github.com';

export function renderUser(user: FakeUser, api: string) {
  const u = `${api}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: user.node_id,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${WEB}/${user.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function renderPrivateUser(user: FakeUser, api: string) {
  return {
    ...renderUser(user, api),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

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
    user: renderUser(state.user, api),
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
          draft: false,
        }
      : {}),
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_by: issue.state === 'closed' ? renderUser(state.user, api) : null,
    author_association: 'OWNER',
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

export function renderRepo(state: GitHubState, repo: FakeRepo, api: string) {
  const u = `${api}/repos/${repo.fullName}`;
  const html = `${WEB}/${repo.fullName}`;
  const open = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  const owner = repo.owner === state.user.login ? state.user : userFor(state, repo.owner);
  const at = repo.created_at;
  return {
    id: repo.id,
    node_id: repo.node_id,
    name: repo.name,
    full_name: repo.fullName,
    owner: renderUser(owner, api),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: null,
    fork: false,
    url: u,
    archive_url: `${u}/{archive_format}{/ref}`,
    assignees_url: `${u}/assignees{/user}`,
    blobs_url: `${u}/git/blobs{/sha}`,
    branches_url: `${u}/branches{/branch}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    comments_url: `${u}/comments{/number}`,
    commits_url: `${u}/commits{/sha}`,
    compare_url: `${u}/compare/{base}...{head}`,
    contents_url: `${u}/contents/{+path}`,
    contributors_url: `${u}/contributors`,
    deployments_url: `${u}/deployments`,
    downloads_url: `${u}/downloads`,
    events_url: `${u}/events`,
    forks_url: `${u}/forks`,
    git_commits_url: `${u}/git/commits{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    git_url: `git://github.com/${repo.fullName}.git`,
    hooks_url: `${u}/hooks`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    issue_events_url: `${u}/issues/events{/number}`,
    issues_url: `${u}/issues{/number}`,
    keys_url: `${u}/keys{/key_id}`,
    labels_url: `${u}/labels{/name}`,
    languages_url: `${u}/languages`,
    merges_url: `${u}/merges`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    pulls_url: `${u}/pulls{/number}`,
    releases_url: `${u}/releases{/id}`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    stargazers_url: `${u}/stargazers`,
    statuses_url: `${u}/statuses/{sha}`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    tags_url: `${u}/tags`,
    teams_url: `${u}/teams`,
    trees_url: `${u}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: 'main',
    open_issues_count: open,
    open_issues: open,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: at,
    created_at: at,
    updated_at: at,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

function userFor(state: GitHubState, login: string): FakeUser {
  if (login === state.user.login) return state.user;
  // Other people get stable ids derived from their login so renders are deterministic.
  let id = 7;
  for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 9_000_000;
  return { login, id: id + 1_000_000, node_id: `U_${login}` };
}
