import { type GitHubTarget, githubRequest } from './github-request.js';

/** The hidden line that finds plansync's comment again among everyone else's. */
export const COMMENT_MARKER = '<!-- plansync:preview -->';

export interface StickyCommentTarget extends GitHubTarget {
  /** Issue or pull-request number (GitHub keeps pull-request comments under issues). */
  number: number;
}

/**
 * Posts `body` as plansync's one comment on a pull request: the comment carrying the marker is
 * edited in place, so a pull request pushed to twenty times still has one preview, not twenty.
 * Returns what it did; an equal body is left alone (no write, no notification).
 */
export async function upsertStickyComment(
  target: StickyCommentTarget,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const text = `${COMMENT_MARKER}\n${body}`;
  const call = githubRequest(target);
  const base = `${target.apiUrl}/repos/${target.repository}/issues`;
  let url: string | null = `${base}/${target.number}/comments?per_page=100`;
  while (url) {
    const response = await call('GET', url);
    const comments = (await response.json()) as { id: number; body?: string | null }[];
    const mine = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (mine) {
      if (mine.body === text) return 'unchanged';
      await call('PATCH', `${base}/comments/${mine.id}`, { body: text });
      return 'updated';
    }
    url = nextPage(response.headers.get('link'));
  }
  await call('POST', `${base}/${target.number}/comments`, { body: text });
  return 'created';
}

function nextPage(link: string | null): string | null {
  if (!link) return null;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] ?? null;
}
