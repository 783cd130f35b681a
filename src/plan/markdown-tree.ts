import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml']);

export interface MarkdownTree {
  root: Root;
  /**
   * Add this to every offset remark reports. remark drops a leading BOM and counts from the
   * character after it, while the model's offsets must index the text exactly as read.
   */
  base: number;
}

export function markdownTree(text: string): MarkdownTree {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { root: processor.parse(base ? text.slice(1) : text), base };
}
