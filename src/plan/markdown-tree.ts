import type { Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';

/**
 * Of GFM, plansync needs tables (task rows); checkboxes are read from the text itself. The
 * rest of remark-gfm (autolink literals above all) costs about a fifth of the parse time of a
 * large task list and changes nothing plansync reads.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified()
  .use(remarkParse)
  .use(gfmTables)
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
