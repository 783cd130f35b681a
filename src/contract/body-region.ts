/**
 * The plansync-owned region of an item's body, shared by every adapter that keeps text there.
 * The core renders it; an adapter converts it to the tracker's format and splices it into the
 * body it read, so text people write before or after the region survives every push.
 *
 * With the marker as an HTML comment (trackers that keep comments verbatim and hide them):
 *
 *   <!-- plansync:v1 key=001-auth%2FT012 h=title.1a2b3c4d,... -->
 *   …owned markdown…
 *
 *   <sub>Source: …</sub>
 *   <!-- /plansync -->
 *
 * With the marker as text (trackers that drop HTML comments), the region is the start of the
 * body and ends with the marker line; people's text after it is kept:
 *
 *   …owned markdown…
 *
 *   Source: … · managed by plansync
 *   plansync:v1 key=001-auth%2FT012 h=title.1a2b3c4d,...
 */
import type { BodyMarker } from './types.js';

const START = /<!-- (plansync:v1 [^>]*?) -->\r?\n?/;
const END = '<!-- /plansync -->';
const TEXT_MARKER = /^[ \t]*`?(plansync:v1 key=[^\s`]+ h=[^\s`]*)`?[ \t]*$/m;
const FOOTER = /\r?\n*(?:<sub>)?(?:Source|Managed by plansync)[^\n]*(?:<\/sub>)?\s*$/;

export interface ParsedRegion {
  /** Encoded marker text, or null when the body has no plansync region. */
  marker: string | null;
  /** The owned markdown (without the source line), or null without a region. */
  owned: string | null;
  /** Text before and after the region, kept as people wrote it. */
  before: string;
  after: string;
}

/** Finds the region in a body as read from the tracker. */
export function parseRegion(
  body: string | null | undefined,
  style: BodyMarker = 'html-comment',
): ParsedRegion {
  const text = body ?? '';
  if (style === 'text') return parseTextRegion(text);
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

function parseTextRegion(text: string): ParsedRegion {
  const found = TEXT_MARKER.exec(text);
  if (!found) return { marker: null, owned: null, before: text, after: '' };
  const owned = text.slice(0, found.index).replace(FOOTER, '').replace(/\s+$/, '');
  return {
    marker: found[1]!,
    owned,
    before: '',
    after: text.slice(found.index + found[0].length),
  };
}

/** The region as the core renders it: owned markdown, source line, marker where the kind keeps it. */
export function renderRegion(
  owned: string,
  marker: string | null,
  footer: string | null,
  style: BodyMarker,
): string {
  const body = owned.trim();
  if (style === 'html-comment') {
    const head = marker ? [`<!-- ${marker} -->`] : [];
    return [...head, body, ...(footer ? ['', `<sub>${footer}</sub>`] : []), END].join('\n');
  }
  const tail = [...(footer ? [footer] : []), ...(style === 'text' && marker ? [marker] : [])];
  return tail.length > 0 ? `${body}\n\n${tail.join('\n')}` : body;
}

/** `existing` with its region replaced by `region` (or `region` alone for a new item). */
export function spliceRegion(
  existing: string | null | undefined,
  region: string,
  style: BodyMarker = 'html-comment',
): string {
  const parsed = parseRegion(existing, style);
  if (parsed.marker === null && style !== 'html-comment') {
    // No region yet: the owned text goes first, people's text follows it.
    const rest = (existing ?? '').trim();
    return rest ? `${region}\n\n${rest}` : region;
  }
  return `${parsed.before}${region}${parsed.after}`;
}

/**
 * Plan text copied into a body must not notify people or cross-link issues, and must not
 * close the region early: mentions and references get a zero-width joiner after `@` / `#`,
 * and the region's own delimiters are broken up.
 */
export function neutralise(markdown: string): string {
  // Each rewrite needs its character: most plan text has none of them and is returned as is.
  let text = markdown;
  if (text.includes('<!--')) {
    text = text.replace(/<!--\s*\/?plansync/gi, (m) => m.replace('<!--', '<\u200d!--'));
  }
  if (text.includes('@')) text = text.replace(/(^|[^\w`])@(?=[A-Za-z0-9][\w-]*)/g, '$1@\u200d');
  if (text.includes('#')) {
    text = text
      .replace(/(^|[\s(])#(?=\d)/g, '$1#\u200d')
      .replace(/\b([\w.-]+\/[\w.-]+)#(?=\d)/g, '$1#\u200d');
  }
  return text;
}
