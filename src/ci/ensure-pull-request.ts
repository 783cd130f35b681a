import { type GitHubTarget, githubRequest } from './github-request.js';

/**
 * Makes sure one open pull request proposes `head` into `base`: the branch was just
 * force-pushed, so an open one already shows the new commit and is left as it is.
 */
export async function ensurePullRequest(
  target: GitHubTarget,
  pull: { head: string; base: string; title: string; body: string },
): Promise<{ status: 'created' | 'exists'; number: number; url: string }> {
  const call = githubRequest(target);
  const owner = target.repository.split('/')[0]!;
  const base = `${target.apiUrl}/repos/${target.repository}/pulls`;
  const query = new URLSearchParams({
    state: 'open',
    head: `${owner}:${pull.head}`,
    base: pull.base,
  });
  const open = (await (await call('GET', `${base}?${query}`)).json()) as {
    number: number;
    html_url: string;
  }[];
  const found = open[0];
  if (found) return { status: 'exists', number: found.number, url: found.html_url };
  const created = (await (await call('POST', base, pull)).json()) as {
    number: number;
    html_url: string;
  };
  return { status: 'created', number: created.number, url: created.html_url };
}
