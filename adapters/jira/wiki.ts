/**
 * Markdown to Jira wiki markup, for Data Center descriptions and comments. The converters on
 * npm are regular-expression rewrites that mangle nested lists and code; this walks
 * markdown-it's token stream instead (CommonMark, plus strikethrough) and covers what plansync
 * renders: headings, paragraphs, lists, links, emphasis, code, quotes, rules. HTML is
 * dropped, as Jira would show it as text.
 */
import MarkdownIt, { type Token } from 'markdown-it';

const md = new MarkdownIt('commonmark', { html: true }).enable('strikethrough');
// Jira takes the destination as written, like remark; markdown-it would percent-encode it.
md.normalizeLink = (url: string) => url;

export function markdownToWiki(markdown: string): string {
  const tokens = md.parse(markdown, {});
  return blocks(tokens, 0, tokens.length, '').trim();
}

/** The blocks between `start` and `end` (one nesting level), a blank line apart. */
function blocks(tokens: Token[], start: number, end: number, listPrefix: string): string {
  const out: string[] = [];
  for (let i = start; i < end; i = closing(tokens, i) + 1) {
    const text = block(tokens, i, closing(tokens, i), listPrefix);
    if (text !== '') out.push(text);
  }
  return out.join('\n\n');
}

/** Index of the token that closes the one at `open` (itself, for a token that opens nothing). */
function closing(tokens: Token[], open: number): number {
  if (tokens[open]!.nesting !== 1) return open;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

function block(tokens: Token[], open: number, close: number, listPrefix: string): string {
  const token = tokens[open]!;
  switch (token.type) {
    case 'heading_open':
      return `h${token.tag.slice(1)}. ${inline(tokens[open + 1]!.children)}`;
    case 'paragraph_open':
      return inline(tokens[open + 1]!.children);
    case 'bullet_list_open':
    case 'ordered_list_open': {
      const marker = listPrefix + (token.type === 'ordered_list_open' ? '#' : '*');
      const items: string[] = [];
      for (let i = open + 1; i < close; i = closing(tokens, i) + 1) {
        items.push(listItem(tokens, i, closing(tokens, i), marker));
      }
      return items.join('\n');
    }
    case 'fence':
    case 'code_block': {
      const lang = token.type === 'fence' ? token.info.trim().split(/\s+/)[0] : '';
      const value = token.content.replace(/\n$/, '');
      return lang ? `{code:${lang}}\n${value}\n{code}` : `{code}\n${value}\n{code}`;
    }
    case 'blockquote_open':
      return `{quote}\n${blocks(tokens, open + 1, close, '')}\n{quote}`;
    case 'hr':
      return '----';
    default:
      return '';
  }
}

function listItem(tokens: Token[], open: number, close: number, marker: string): string {
  let first = open + 1;
  let head = '';
  let mark = '';
  if (tokens[first]?.type === 'paragraph_open') {
    const children = [...(tokens[first + 1]!.children ?? [])];
    // CommonMark has no task lists: a box arrives as text, `[x] done`.
    const lead = children[0];
    const box = lead?.type === 'text' ? /^\[([ xX])\]\s+/.exec(lead.content) : null;
    if (lead && box) {
      mark = box[1] === ' ' ? '(x) ' : '(/) ';
      children[0] = Object.assign(Object.create(lead) as Token, {
        content: lead.content.slice(box[0].length),
      });
    }
    head = inline(children);
    first = closing(tokens, first) + 1;
  }
  const nested: string[] = [];
  for (let i = first; i < close; i = closing(tokens, i) + 1) {
    const type = tokens[i]!.type;
    const isList = type === 'bullet_list_open' || type === 'ordered_list_open';
    nested.push(block(tokens, i, closing(tokens, i), isList ? marker : ''));
  }
  return [`${marker} ${mark}${head}`, ...nested].join('\n');
}

function inline(children: Token[] | null): string {
  let out = '';
  const links: { href: string; start: number }[] = [];
  for (const token of children ?? []) {
    switch (token.type) {
      case 'text':
        out += escape(token.content);
        break;
      case 'strong_open':
      case 'strong_close':
        out += '*';
        break;
      case 'em_open':
      case 'em_close':
        out += '_';
        break;
      case 's_open':
      case 's_close':
        out += '-';
        break;
      case 'code_inline':
        out += `{{${token.content}}}`;
        break;
      case 'softbreak':
        out += '\n';
        break;
      case 'hardbreak':
        out += '\\\\\n';
        break;
      case 'image':
        out += `!${String(token.attrGet('src') ?? '')}!`;
        break;
      case 'link_open':
        links.push({ href: String(token.attrGet('href') ?? ''), start: out.length });
        break;
      case 'link_close': {
        const link = links.pop();
        if (!link) break;
        const text = out.slice(link.start);
        out =
          out.slice(0, link.start) +
          (text && text !== link.href ? `[${text}|${link.href}]` : `[${link.href}]`);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Characters that start wiki markup mid-text are escaped so text stays text. */
function escape(text: string): string {
  return text.replace(/([{}[\]|*_+^~-])/g, (match, char: string, offset: number, all: string) => {
    // Hyphens and underscores inside words (T001-T005, built-in, snake_case) are not markup.
    if (
      (char === '-' || char === '_') &&
      /\w/.test(all[offset - 1] ?? '') &&
      /\w/.test(all[offset + 1] ?? '')
    ) {
      return match;
    }
    return `\\${char}`;
  });
}
