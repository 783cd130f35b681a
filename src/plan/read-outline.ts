import type { Token } from 'markdown-it';
import { blockParser as md } from './block-parser.js';
import type { LineIndex } from './line-index.js';
import type { Block, ItemBlock, Outline } from './outline.js';
import { splitRow } from './split-row.js';

const frontMatter = /^(---|\+\+\+)[ \t]*\r?\n/;
/** A list marker and the blanks after it, matched in place (sticky) to spare a copy per item. */
const marker = /(?:[-*+]|\d{1,9}[.)])[ \t]*/y;

/**
 * The outline of a markdown file, from markdown-it's block tokens. Tokens carry line ranges
 * (`map`), not offsets, so offsets come from the file's own lines: a block starts after its
 * container prefix on its first line and ends at the last non-blank line of its range.
 */
export function readOutline(text: string, index: LineIndex): Outline {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tokens = md.parse(hideFrontMatter(text.slice(bom)), {});
  const blocks: Block[] = [];
  const inline: Outline['inline'] = [];
  const lineStart = (line: number): number => index.startOfLine(line) + (line === 0 ? bom : 0);

  /** Open list items, innermost last: their first line and where their marker ends. */
  const items: { block: ItemBlock; line: number; firstChild: boolean }[] = [];
  const lists: boolean[] = [];
  let quotes = 0;
  let header: string[] = [];
  let inHead = false;

  /** First character of a block on `line`, past `>` markers and the markers of items opened on it. */
  const contentStart = (line: number): number => {
    let at = lineStart(line);
    const end = index.endOfLine(line);
    const skipQuotes = (): void => {
      while (at < end && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) at++;
    };
    skipQuotes();
    for (const open of items) {
      if (open.line !== line || open.block.start < 0 || at > open.block.start) continue;
      at = open.block.start;
      marker.lastIndex = at;
      at += marker.exec(text)?.[0].length ?? 0;
      skipQuotes();
    }
    return at;
  };
  /** End of the last line of `[from, to)` that holds more than blanks and `>` markers. */
  const blockEnd = (from: number, to: number): number => {
    for (let line = to - 1; line > from; line--) {
      const end = trimmedEnd(line);
      for (let at = lineStart(line); at < end; at++) {
        if (text[at] !== '>' && text[at] !== ' ' && text[at] !== '\t') return end;
      }
    }
    return trimmedEnd(from);
  };
  const trimmedEnd = (line: number): number => {
    const start = lineStart(line);
    let end = index.endOfLine(line);
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    return end;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const map = token.map;
    switch (token.type) {
      case 'blockquote_open':
        quotes++;
        break;
      case 'blockquote_close':
        quotes--;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push(token.type === 'ordered_list_open');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        if (!map) break;
        const block: ItemBlock = {
          kind: 'item',
          ordered: lists[lists.length - 1] ?? false,
          depth: lists.length - 1,
          start: -1,
          end: blockEnd(map[0], map[1]),
          paragraphEnd: null,
        };
        block.start = contentStart(map[0]);
        items.push({ block, line: map[0], firstChild: true });
        blocks.push(block);
        break;
      }
      case 'list_item_close':
        items.pop();
        break;
      case 'heading_open': {
        if (!map) break;
        const start = contentStart(map[0]);
        const end = blockEnd(map[0], map[1]);
        const content = token.markup.startsWith('#')
          ? atxContent(text, start, token.markup, index)
          : { start, end: trimmedEnd(map[1] - 2) };
        blocks.push({ kind: 'heading', depth: Number(token.tag.slice(1)), start, end, content });
        inline.push({ ...content, heading: true });
        markChild(items);
        break;
      }
      case 'paragraph_open': {
        if (!map) break;
        const start = contentStart(map[0]);
        const end = blockEnd(map[0], map[1]);
        const parent = items[items.length - 1];
        if (parent?.firstChild) parent.block.paragraphEnd = end;
        markChild(items);
        blocks.push({
          kind: 'paragraph',
          start,
          end,
          topLevel: items.length === 0 && quotes === 0,
        });
        inline.push({ start, end, heading: false });
        break;
      }
      case 'thead_open':
        inHead = true;
        header = [];
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open': {
        if (!map) break;
        const start = contentStart(map[0]);
        const end = trimmedEnd(map[0]);
        const cells = splitRow(text, start, end);
        if (inHead) {
          header = cells.map((cell) => text.slice(cell.start, cell.end));
        } else {
          blocks.push({ kind: 'row', start, end, cells, header });
        }
        for (const cell of cells) inline.push({ ...cell, heading: false });
        markChild(items);
        break;
      }
      case 'fence':
      case 'code_block':
      case 'html_block':
      case 'hr':
      case 'table_open':
        markChild(items);
        break;
      default:
        break;
    }
  }
  return { blocks, inline };
}

/** After an item's first child, a paragraph is no longer the item's first paragraph. */
function markChild(items: { firstChild: boolean }[]): void {
  const parent = items[items.length - 1];
  if (parent) parent.firstChild = false;
}

/** The text of an ATX heading between its `#` marks. */
function atxContent(
  text: string,
  start: number,
  markup: string,
  index: LineIndex,
): { start: number; end: number } {
  const lineEnd = index.contentEnd(start);
  let from = start + markup.length;
  while (from < lineEnd && (text[from] === ' ' || text[from] === '\t')) from++;
  const line = text.slice(from, lineEnd);
  const close = /(?:^|[ \t]+)#+[ \t]*$/.exec(line);
  const end = from + (close ? close.index : line.replace(/[ \t]+$/, '').length);
  return { start: from, end: Math.max(from, end) };
}

/** Front matter is not markdown: blank its lines so that line numbers stay where they are. */
function hideFrontMatter(text: string): string {
  const open = frontMatter.exec(text);
  if (!open) return text;
  const fence = open[1] ?? '';
  const close = new RegExp(`\\r?\\n${fence.replace(/\+/g, '\\+')}[ \\t]*(?=\\r?\\n|$)`).exec(
    text.slice(open[0].length - 1),
  );
  if (!close) return text;
  const end = open[0].length - 1 + close.index + close[0].length;
  return text.slice(0, end).replace(/[^\r\n]/g, '') + text.slice(end);
}
