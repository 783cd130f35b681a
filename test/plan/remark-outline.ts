import type { Nodes, Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { Block, Outline } from '../../src/plan/outline.js';

/** remark with GFM tables and front matter: the reference parser the outline is checked against. */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified()
  .use(remarkParse)
  .use(gfmTables)
  .use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * The same outline as `readOutline`, built from remark's syntax tree. remark drops a leading
 * BOM and counts from the character after it, so every offset is shifted by the BOM. remark
 * sometimes ends a paragraph after its trailing spaces and sometimes before; the outline ends
 * every block at its last visible character, so ends are moved back over spaces and tabs.
 */
export function remarkOutline(text: string): Outline {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const root: Root = processor.parse(base ? text.slice(1) : text);
  const blocks: Block[] = [];
  const inline: Outline['inline'] = [];
  const span = (node: Nodes) => {
    const start = base + (node.position?.start.offset ?? 0);
    let end = base + (node.position?.end.offset ?? 0);
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    return { start, end };
  };
  const visit = (node: Nodes, parent: Nodes | null, lists: boolean[], quoted: boolean): void => {
    switch (node.type) {
      case 'heading': {
        const first = node.children[0];
        const last = node.children[node.children.length - 1];
        const { start, end } = span(node);
        const content =
          first && last ? { start: span(first).start, end: span(last).end } : { start: end, end };
        blocks.push({ kind: 'heading', depth: node.depth, start, end, content });
        inline.push({ ...content, heading: true });
        return;
      }
      case 'paragraph':
        blocks.push({ kind: 'paragraph', ...span(node), topLevel: parent?.type === 'root' });
        inline.push({ ...span(node), heading: false });
        return;
      case 'listItem': {
        const first = node.children[0];
        blocks.push({
          kind: 'item',
          ordered: lists[lists.length - 1] ?? false,
          depth: lists.length - 1,
          ...span(node),
          paragraphEnd: first?.type === 'paragraph' ? span(first).end : null,
        });
        break;
      }
      case 'table': {
        const [head, ...rows] = node.children;
        const cellsOf = (row: (typeof node.children)[number]) =>
          row.children.map((cell) => trim(text, span(cell)));
        const header = head ? cellsOf(head).map((c) => text.slice(c.start, c.end)) : [];
        for (const row of [head, ...rows]) {
          if (!row) continue;
          const cells = cellsOf(row);
          for (const cell of cells) inline.push({ ...cell, heading: false });
          if (row !== head) blocks.push({ kind: 'row', ...span(row), cells, header });
        }
        return;
      }
      case 'code':
      case 'html':
      case 'yaml':
        return;
      default:
        break;
    }
    if (!('children' in node)) return;
    const inner = node.type === 'list' ? [...lists, node.ordered === true] : lists;
    for (const child of node.children) {
      visit(child as Nodes, node, inner, quoted || node.type === 'blockquote');
    }
  };
  visit(root, null, [], false);
  return { blocks, inline };
}

function trim(text: string, cell: { start: number; end: number }) {
  let { start, end } = cell;
  while (start < end && /[|\s]/.test(text[start] ?? '')) start++;
  while (end > start && /[|\s]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
