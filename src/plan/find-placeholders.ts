import type { Nodes, Root } from 'mdast';

export interface Placeholder {
  text: string;
  offset: number;
}

/** `{{NAME}}`, `{FEATURE_ID}`, `{estimate}`: template slots, anywhere outside code. */
const braces = /\{\{[^{}\n]+\}\}|(?<![\w/$\\{-])\{[A-Za-z][\w .'’/+-]*\}(?![}\w-])/g;
/** `[FEATURE NAME]`, `[Task Title]`, `[###-feature-name]`: spec-kit's slots, only in headings.
 * `[NEEDS CLARIFICATION]` is spec-kit's marker for an open question, which filled plans quote. */
const brackets =
  /\[(?!NEEDS CLARIFICATION\])(?:[A-Z][A-Za-z0-9#]*(?: [A-Z][A-Za-z0-9#]*)+|FEATURE|DATE|TITLE|NAME|Title|Name|###[^\]]*)\](?![([])/g;
/** Quoted text shows a format (`"⚠ {RISK_LEVEL}: {summary}"`), it is not a slot to fill. */
const quoted = /"[^"\n]*"|“[^”\n]*”/g;

/**
 * Finds unfilled template slots in prose. Code (fenced or inline) and HTML comments are
 * skipped because templates and real plans alike show `{id}` in code samples.
 */
export function findPlaceholders(root: Root, text: string, base: number): Placeholder[] {
  const found: Placeholder[] = [];
  const visit = (node: Nodes, inHeading: boolean): void => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'yaml' || node.type === 'definition') return;
    if (node.type === 'text' && node.position) {
      const start = base + (node.position.start.offset ?? 0);
      const source = text.slice(start, base + (node.position.end.offset ?? 0));
      const quotes = [...source.matchAll(quoted)].map((m) => [m.index, m.index + m[0].length]);
      for (const re of inHeading ? [braces, brackets] : [braces]) {
        for (const match of source.matchAll(re)) {
          if (quotes.some(([from = 0, to = 0]) => match.index > from && match.index < to)) continue;
          found.push({ text: match[0], offset: start + match.index });
        }
      }
      return;
    }
    if ('children' in node) {
      const heading = inHeading || node.type === 'heading';
      for (const child of node.children) visit(child as Nodes, heading);
    }
  };
  visit(root, false);
  return found.sort((a, b) => a.offset - b.offset);
}
