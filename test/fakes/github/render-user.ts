/** Users as GitHub sends them: the short form on issues, the full form from `GET /user`. */
import type { FakeUser, GitHubState } from './state.js';

export const WEB = 'https://github.com';

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

export function userFor(state: GitHubState, login: string): FakeUser {
  if (login === state.user.login) return state.user;
  // Other people get stable ids derived from their login so renders are deterministic.
  let id = 7;
  for (const ch of login) id = (id * 31 + ch.charCodeAt(0)) % 9_000_000;
  return { login, id: id + 1_000_000, node_id: `U_${login}` };
}
