import type { Nodes } from 'mdast';

/** The visible text of an inline tree: emphasis and links unwrapped, code kept, HTML dropped. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return '';
  if ('children' in node) return node.children.map((child) => plainText(child as Nodes)).join('');
  return '';
}
