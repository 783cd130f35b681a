import { createHash } from 'node:crypto';
import { FIELD_NAMES, type FieldName, type ItemFields } from './types.js';

/**
 * Short per-field hashes. Eight hex characters are plenty to tell "changed" from "unchanged"
 * for one field of one item, and keep the marker small enough to live in an HTML comment.
 */
export function hashField<F extends FieldName>(name: F, value: ItemFields[F]): string {
  return createHash('sha256')
    .update(`${name}\0${canonical(name, value)}`)
    .digest('hex')
    .slice(0, 8);
}

export function hashFields(fields: ItemFields): Record<FieldName, string> {
  const out = {} as Record<FieldName, string>;
  for (const name of FIELD_NAMES) out[name] = hashField(name, fields[name]);
  return out;
}

function canonical(name: FieldName, value: unknown): string {
  // Trackers treat label names case-insensitively (GitHub keeps an existing label's case).
  if (name === 'labels' && Array.isArray(value)) {
    return JSON.stringify(value.map((label) => String(label).toLowerCase()).sort());
  }
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  // Trackers trim and normalise line endings; compare what survives a round trip.
  if (typeof value === 'string') return value.replace(/\r\n/g, '\n').trim();
  return JSON.stringify(value ?? null);
}
