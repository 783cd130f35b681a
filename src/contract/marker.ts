import { FIELD_NAMES, type FieldName, type Marker } from './types.js';

const PREFIX = 'plansync:v1';

/**
 * The marker as one line of plain text: `plansync:v1 key=001-auth%2FT012 h=title.1a2b3c4d,...`.
 * Adapters choose where it lives (an HTML comment, an issue property, an attachment); the
 * format is shared so every adapter recovers identity the same way.
 */
export function encodeMarker(marker: Marker): string {
  const hashes = FIELD_NAMES.filter((name) => marker.hashes[name] !== undefined)
    .map((name) => `${name}.${marker.hashes[name]}`)
    .join(',');
  return `${PREFIX} key=${encodeURIComponent(marker.key)} h=${hashes}`;
}

const MARKER_RE = /plansync:v1 key=([^\s]+) h=([a-zA-Z]+\.[0-9a-f]+(?:,[a-zA-Z]+\.[0-9a-f]+)*)?/;

/** Finds and decodes a marker anywhere in `text`; null when there is none or it is damaged. */
export function decodeMarker(text: string | null | undefined): Marker | null {
  if (!text) return null;
  const match = MARKER_RE.exec(text);
  if (!match) return null;
  let key: string;
  try {
    key = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const hashes: Marker['hashes'] = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const [name, hash] = pair.split('.') as [string, string];
    if ((FIELD_NAMES as readonly string[]).includes(name)) hashes[name as FieldName] = hash;
  }
  return { key, hashes };
}
