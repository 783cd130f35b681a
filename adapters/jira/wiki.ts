/**
 * Markdown to Jira wiki markup, for Data Center descriptions and comments. The converters on
 * npm are regular-expression rewrites that mangle nested lists and code; this walks the
 * markdown tree instead and covers what plansync renders (headings, paragraphs, lists, links,
 * emphasis, code, quotes, rules). HTML is dropped, as Jira would show it as text.
 */
import type { Nodes, Parents, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

export function markdownToWiki(markdown: string): string {
  const root = parser.parse(markdown) as Root;
  return blocks(root.children, '').trim();
}

function blocks(nodes: Nodes[], listPrefix: string): string {
  return nodes
    .map((node) => block(node, listPrefix))
    .filter((text) => text !== '')
    .join('\n\n');
}

function block(node: Nodes, listPrefix: string): string {
  switch (node.type) {
    case 'heading':
      return `h${node.depth}. ${inline(node)}`;
    case 'paragraph':
      return inline(node);
    case 'list': {
      const marker = listPrefix + (node.ordered ? '#' : '*');
      return node.children.map((item) => listItem(item, marker)).join('\n');
    }
    case 'code':
      return node.lang
        ? `{code:${node.lang}}\n${node.value}\n{code}`
        : `{code}\n${node.value}\n{code}`;
    case 'blockquote':
      return `{quote}\n${blocks(node.children, '')}\n{quote}`;
    case 'thematicBreak':
      return '----';
    case 'html':
      return '';
    default:
      return 'children' in node
        ? inline(node as Parents)
        : 'value' in node
          ? escape(String(node.value))
          : '';
  }
}

function listItem(item: Nodes, marker: string): string {
  if (item.type !== 'listItem') return '';
  const [first, ...rest] = item.children;
  let checked = item.checked;
  // Without the GFM extension a task box arrives as text: `[x] done`.
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const box = lead?.type === 'text' ? /^\[([ xX])\]\s+/.exec(lead.value) : null;
  if (lead?.type === 'text' && box) {
    checked = box[1] !== ' ';
    lead.value = lead.value.slice(box[0].length);
  }
  const mark = checked === true ? '(/) ' : checked === false ? '(x) ' : '';
  const head = first && first.type === 'paragraph' ? inline(first) : '';
  const nested = (first && first.type !== 'paragraph' ? [first, ...rest] : rest).map((child) =>
    child.type === 'list' ? block(child, marker) : block(child, ''),
  );
  return [`${marker} ${mark}${head}`, ...nested].join('\n');
}

function inline(parent: Parents): string {
  return parent.children.map(inlineNode).join('');
}

function inlineNode(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return escape(node.value);
    case 'strong':
      return `*${inline(node)}*`;
    case 'emphasis':
      return `_${inline(node)}_`;
    case 'delete':
      return `-${inline(node)}-`;
    case 'inlineCode':
      return `{{${node.value}}}`;
    case 'link': {
      const text = inline(node);
      return text && text !== node.url ? `[${text}|${node.url}]` : `[${node.url}]`;
    }
    case 'image':
      return `!${node.url}!`;
    case 'break':
      return '\\\\\n';
    case 'html':
      return '';
    default:
      return 'children' in node ? inline(node as Parents) : '';
  }
}

/** Characters that start wiki markup mid-text are escaped so text stays text. */
function escape(text: string): string {
  return text.replace(/([{}[\]|*_+^~-])/g, (match, char: string, offset: number, all: string) => {
    // Hyphens inside words (T001-T005, built-in) are not markup.
    if (char === '-' && /\w/.test(all[offset - 1] ?? '') && /\w/.test(all[offset + 1] ?? '')) {
      return match;
    }
    if (char === '_' && /\w/.test(all[offset - 1] ?? '') && /\w/.test(all[offset + 1] ?? '')) {
      return match;
    }
    return `\\${char}`;
  });
}
