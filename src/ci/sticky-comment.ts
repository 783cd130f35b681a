/** The hidden line that finds plansync's comment again among everyone else's. */
export const COMMENT_MARKER = '<!-- plansync:preview -->';

export interface StickyCommentTarget {
  apiUrl: string;
  token: string;
  /** `owner/name`. */
  repository: string;
  /** Issue or pull-request number (GitHub keeps pull-request comments under issues). */
  number: number;
  fetch?: typeof globalThis.fetch;
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
  const call = request(target);
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

function request(target: StickyCommentTarget) {
  const fetch = target.fetch ?? globalThis.fetch;
  return async (method: string, url: string, body?: unknown): Promise<Response> => {
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${target.token}`,
        'x-github-api-version': '2022-11-28',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      const message = /"message"\s*:\s*"([^"]*)"/.exec(detail)?.[1] ?? response.statusText;
      throw new Error(
        `GitHub answered ${response.status} to ${method} ${new URL(url).pathname}: ${message}`,
      );
    }
    return response;
  };
}

function nextPage(link: string | null): string | null {
  if (!link) return null;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] ?? null;
}
