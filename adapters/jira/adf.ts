/**
 * Atlassian Document Format for Cloud descriptions and comments. marklassian converts GFM
 * (task lists included); this file adds the two things a sync needs on top: the plain text of
 * a document, to compare what was pushed with what is there, and the splice that replaces
 * plansync's leading blocks while keeping the blocks people added after them.
 */
import { markdownToAdf } from 'marklassian';

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

export function toAdf(markdown: string): AdfDocument {
  return markdownToAdf(markdown) as AdfDocument;
}

export function isAdf(value: unknown): value is AdfDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as AdfDocument).type === 'doc' &&
    Array.isArray((value as AdfDocument).content)
  );
}

/**
 * The text of some blocks, one line per block, with link targets kept: Jira adds ids and
 * attributes to stored ADF, so comparing the JSON would see changes nobody made.
 */
export function adfText(nodes: AdfNode[]): string {
  return nodes.map((node) => nodeText(node).trim()).join('\n');
}

function nodeText(node: AdfNode): string {
  if (node.type === 'text') {
    const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
    return href && href !== node.text ? `${node.text ?? ''} <${String(href)}>` : (node.text ?? '');
  }
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(nodeText);
  const blockish = (node.content ?? []).some((c) => c.type !== 'text' && c.type !== 'hardBreak');
  return inner.join(blockish ? '\n' : '');
}

/**
 * The document with its first `ownedCount` blocks replaced by `owned`: plansync's region
 * always leads the description, and what people wrote below it stays.
 */
export function spliceAdf(current: unknown, owned: AdfDocument, ownedCount: number): AdfDocument {
  const rest = isAdf(current) ? current.content.slice(ownedCount) : [];
  return { type: 'doc', version: 1, content: [...owned.content, ...rest] };
}
