import type { Outline } from './outline.js';

export interface Placeholder {
  text: string;
  offset: number;
}

/**
 * The slot forms templates use: `{{NAME}}`, `{FEATURE_ID}`, and phrases such as
 * `{Step 1 of the user flow}` or `{test framework}`. A single identifier in braces
 * (`{row_id}`, `{UserId}`) is how finished plans write formats and keys, so it counts only
 * when it stands alone as the whole value of a line (`**Run ID**: {run_id}`, `- [ ] {task_1}`).
 */
const braces = /\{\{[^{}\n]+\}\}|(?<![\w/$\\{-])\{([A-Za-z][\w .'’/+-]*)\}(?![}\w-])/g;
const templateWord = /^[A-Z][A-Z0-9_]*$|\s/;
/** `[FEATURE NAME]`, `[Task Title]`, `[###-feature-name]`: spec-kit's slots, only in headings.
 * `[NEEDS CLARIFICATION]` is spec-kit's marker for an open question, which filled plans quote. */
const brackets =
  /\[(?!NEEDS CLARIFICATION\])(?:[A-Z][A-Za-z0-9#]*(?: [A-Z][A-Za-z0-9#]*)+|FEATURE|DATE|TITLE|NAME|Title|Name|###[^\]]*)\](?![([])/g;
/** Quoted text shows a format (`"⚠ {RISK_LEVEL}: {summary}"`), it is not a slot to fill. */
const quoted = /"[^"\n]*"|“[^”\n]*”/g;
/** Code spans, HTML, autolinks and link destinations: never slots. */
const notProse = /(`+)[\s\S]*?[^`]\1(?!`)|`+|<!--[\s\S]*?-->|<[^<>\n]*>|\]\([^)\n]*\)/g;
/** What may stand before a lone identifier slot on its line: a list marker, a box, a label. */
const leadIn =
  /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]*)?(?:[^{}\n]{0,40}[:：][ \t]*)?$/;

/**
 * Finds unfilled template slots in the inline text of a document (paragraphs, headings, table
 * cells). Code and HTML are skipped: templates and real plans alike show `{id}` in code.
 */
export function findPlaceholders(outline: Outline, text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const range of outline.inline) {
    const raw = text.slice(range.start, range.end);
    // Masking only blanks text out: without a brace (or, in a heading, a bracket) no slot can match.
    if (!raw.includes('{') && !(range.heading && raw.includes('['))) continue;
    const source = mask(raw);
    const quotes = [...source.matchAll(quoted)].map((m) => [m.index, m.index + m[0].length]);
    const inQuotes = (at: number) => quotes.some(([from = 0, to = 0]) => at > from && at < to);
    for (const match of source.matchAll(braces)) {
      if (inQuotes(match.index)) continue;
      const word = match[1];
      if (word !== undefined && !templateWord.test(word) && !alone(source, match)) continue;
      found.push({ text: match[0], offset: range.start + match.index });
    }
    if (!range.heading) continue;
    for (const match of source.matchAll(brackets)) {
      if (!inQuotes(match.index)) found.push({ text: match[0], offset: range.start + match.index });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Blanks out what is not prose, keeping every offset where it was. */
function mask(source: string): string {
  return source.replace(notProse, (part) => part.replace(/[^\r\n]/g, ' '));
}

/** The slot is the whole value of its line. */
function alone(source: string, match: RegExpExecArray): boolean {
  const lineStart = source.lastIndexOf('\n', match.index) + 1;
  let lineEnd = source.indexOf('\n', match.index);
  if (lineEnd < 0) lineEnd = source.length;
  const before = source.slice(lineStart, match.index).replace(/\*\*|__/g, '');
  const after = source.slice(match.index + match[0].length, lineEnd);
  return leadIn.test(before) && /^[\s*_.,;]*$/.test(after);
}
