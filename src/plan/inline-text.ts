/**
 * The visible text of inline markdown as written: emphasis marks and link syntax unwrapped,
 * code kept without its backticks, HTML dropped, escapes resolved. Enough for the short texts
 * plansync reads this way (headings, table cells, the first line of a deliverable).
 */
export function inlineText(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => code.trim() || code)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?![\w*])/g, '$1$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
