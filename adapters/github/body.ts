/**
 * The plansync-owned region of an issue body or milestone description. GitHub keeps HTML
 * comments in bodies verbatim and hides them when rendering, so the marker lives there, at
 * the start of the region; text people write before or after the region survives every push.
 *
 *   <!-- plansync:v1 key=001-auth%2FT012 h=title.1a2b3c4d,... -->
 *   …owned markdown…
 *
 *   <sub>…source link…</sub>
 *   <!-- /plansync -->
 */
const START = /<!-- (plansync:v1 [^>]*?) -->\r?\n?/;
const END = '<!-- /plansync -->';
const FOOTER = /\r?\n*<sub>(?:Source|Managed by plansync)[^\n]*<\/sub>\s*$/;

export interface ParsedBody {
  /** Encoded marker text, or null when the body has no plansync region. */
  marker: string | null;
  /** The owned markdown (without the footer), or null without a region. */
  owned: string | null;
  /** Text before and after the region, kept as people wrote it. */
  before: string;
  after: string;
}

export function parseBody(body: string | null | undefined): ParsedBody {
  const text = body ?? '';
  const start = START.exec(text);
  if (!start) return { marker: null, owned: null, before: text, after: '' };
  const contentStart = start.index + start[0].length;
  const endAt = text.indexOf(END, contentStart);
  const contentEnd = endAt === -1 ? text.length : endAt;
  const owned = text.slice(contentStart, contentEnd).replace(FOOTER, '').replace(/\s+$/, '');
  return {
    marker: start[1]!,
    owned,
    before: text.slice(0, start.index),
    after: endAt === -1 ? '' : text.slice(endAt + END.length),
  };
}

/** The body with the region (re)written: `owned` and `footer` inside, people's text around it. */
export function renderBody(
  existing: string | null,
  owned: string,
  marker: string,
  footer: string | null,
): string {
  const parsed = parseBody(existing);
  const region = [`<!-- ${marker} -->`, owned.trim(), ...(footer ? ['', footer] : []), END].join(
    '\n',
  );
  return `${parsed.before}${region}${parsed.after}`;
}
