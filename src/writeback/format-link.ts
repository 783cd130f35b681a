import type { Ref } from '../diff/types.js';

/**
 * `[text](url)`, escaped just enough to stay one valid link: brackets (and the backslash that
 * would otherwise swallow them) in the text, and the characters that end or split a bare
 * destination in the URL. Newlines would end the list item, so they become spaces / `%0A`.
 */
export function formatLink(ref: Ref): string {
  return `[${escapeLinkText(ref.text)}](${escapeLinkUrl(ref.url)})`;
}

export function escapeLinkText(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\\[\]]/g, (c) => `\\${c}`);
}

const URL_ESCAPES: Record<string, string> = {
  ' ': '%20',
  '(': '%28',
  ')': '%29',
  '<': '%3C',
  '>': '%3E',
  '\n': '%0A',
  '\r': '%0D',
  '\t': '%09',
};

export function escapeLinkUrl(url: string): string {
  return url.replace(/[ ()<>\r\n\t]/g, (c) => URL_ESCAPES[c] ?? c);
}

/**
 * Whether a link found in the plan already says what `ref` says. The parser may hand back the
 * text as written or with escapes resolved, so both spellings count as equal.
 */
export function sameLink(found: { text: string; url: string }, ref: Ref): boolean {
  const textOk = found.text === ref.text || found.text === escapeLinkText(ref.text);
  const urlOk = found.url === ref.url || found.url === escapeLinkUrl(ref.url);
  return textOk && urlOk;
}
