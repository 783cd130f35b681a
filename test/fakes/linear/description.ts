/**
 * Linear keeps descriptions in its own document format, and markdown that has no place in
 * it is lost on the way in: HTML comments vanish, and the blank lines they leave collapse.
 */
export function storedDescription(markdown: string | null | undefined): string | null {
  if (markdown === undefined || markdown === null) return null;
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
