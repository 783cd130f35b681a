import type { Heading, ListItem, Nodes, Root, TableRow } from 'mdast';

export type Block =
  | { kind: 'heading'; node: Heading; start: number; end: number }
  | { kind: 'item'; node: ListItem; ordered: boolean; start: number; end: number }
  | { kind: 'row'; node: TableRow; start: number; end: number };

/**
 * The headings, list items and table rows of a document, in document order, with offsets in
 * the original text. Code, HTML (comments included) and front matter are never entered, so
 * nothing in them can become a task or a phase.
 */
export function collectBlocks(root: Root, base: number): Block[] {
  const blocks: Block[] = [];
  const offsets = (node: Nodes): { start: number; end: number } => ({
    start: base + (node.position?.start.offset ?? 0),
    end: base + (node.position?.end.offset ?? 0),
  });
  const visit = (node: Nodes, ordered: boolean): void => {
    switch (node.type) {
      case 'code':
      case 'html':
      case 'yaml':
        return;
      case 'heading':
        blocks.push({ kind: 'heading', node, ...offsets(node) });
        return;
      case 'listItem':
        blocks.push({ kind: 'item', node, ordered, ...offsets(node) });
        break;
      case 'table':
        node.children.forEach((row, i) => {
          if (i > 0) blocks.push({ kind: 'row', node: row, ...offsets(row) });
        });
        return;
      default:
        break;
    }
    if ('children' in node) {
      const childOrdered = node.type === 'list' ? node.ordered === true : ordered;
      for (const child of node.children) visit(child as Nodes, childOrdered);
    }
  };
  visit(root, false);
  return blocks;
}
