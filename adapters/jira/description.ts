/**
 * The description in each deployment's format: ADF on Cloud, wiki markup on Data Center.
 * plansync's region leads the description; the marker property records its size, so an
 * update replaces exactly that and keeps whatever people wrote below it, and a read can tell
 * whether someone changed plansync's part.
 */
import { createHash } from 'node:crypto';
import { adfText, spliceAdf, toAdf, isAdf } from './adf.js';
import { markdownToWiki } from './wiki.js';

export interface RenderedRegion {
  /** The description value to send (ADF document or wiki string). */
  value: unknown;
  /** Size of the body part, and of the whole region, in the deployment's unit. */
  body: number;
  region: number;
}

export interface DescriptionFormat {
  /** The region (body plus source line) as the new description, or spliced into `current`. */
  render(body: string, region: string, current?: unknown, ownedBefore?: number): RenderedRegion;
  /** What a pushed body reads back as, for comparing. */
  canonicalBody(body: string): string;
  /** The body part of a description as read, given its size from the marker property. */
  readBody(description: unknown, bodySize: number): string;
  /** A comment body. */
  comment(markdown: string): unknown;
}

/** Digest of what the body part of a description reads as. */
export function bodySum(format: DescriptionFormat, description: unknown, size: number): string {
  return createHash('sha256').update(format.readBody(description, size)).digest('hex').slice(0, 16);
}

export const adfFormat: DescriptionFormat = {
  render(body, region, current, ownedBefore = 0) {
    const owned = toAdf(region);
    return {
      value: spliceAdf(current, owned, ownedBefore),
      body: toAdf(body).content.length,
      region: owned.content.length,
    };
  },
  canonicalBody: (body) => adfText(toAdf(body).content),
  readBody: (description, size) =>
    isAdf(description) ? adfText(description.content.slice(0, size)) : '',
  comment: (markdown) => toAdf(markdown),
};

export const wikiFormat: DescriptionFormat = {
  render(body, region, current, ownedBefore = 0) {
    const owned = markdownToWiki(region);
    const rest = typeof current === 'string' ? current.slice(ownedBefore) : '';
    return { value: owned + rest, body: markdownToWiki(body).length, region: owned.length };
  },
  canonicalBody: (body) => markdownToWiki(body),
  readBody: (description, size) =>
    typeof description === 'string' ? description.slice(0, size) : '',
  comment: (markdown) => markdownToWiki(markdown),
};
