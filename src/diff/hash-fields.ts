import { hash } from 'node:crypto';
import { FIELD_NAMES, type FieldName, type ItemFields, type KindSpec } from './types.js';

/**
 * Short per-field hashes. Eight hex characters are plenty to tell "changed" from "unchanged"
 * for one field of one item, and keep the marker small enough to live in an HTML comment.
 * The hash is taken on the field's canonical form for the kind (what the tracker can hold and
 * read back), so both sides of a comparison hash the same thing.
 */
export function hashField<F extends FieldName>(
  name: F,
  value: ItemFields[F],
  spec?: Pick<KindSpec, 'canonical'>,
): string {
  return hashText(fieldText(name, value, spec), repeats(name));
}

/** What a field's hash is taken on: its name and its canonical, normalised value. */
export function fieldText<F extends FieldName>(
  name: F,
  value: ItemFields[F],
  spec?: Pick<KindSpec, 'canonical'>,
): string {
  return `${name}\0${normalise(name, canonicalValue(name, value, spec))}`;
}

/**
 * Most fields of a plan repeat from item to item (a state, a phase's labels, its group, no
 * dependencies): their texts are hashed once and remembered. Titles and bodies are each
 * item's own and are not kept. The cache is dropped when it fills, so it never grows without
 * bound.
 */
const CACHE_SIZE = 10_000;
let cache = new Map<string, string>();

/** The first eight hex characters of the SHA-256 of `text` (UTF-8). */
export function hashText(text: string, repeats = false): string {
  if (!repeats) return hash('sha256', text, 'hex').slice(0, 8);
  let hex = cache.get(text);
  if (hex === undefined) {
    hex = hash('sha256', text, 'hex').slice(0, 8);
    if (cache.size >= CACHE_SIZE) cache = new Map();
    cache.set(text, hex);
  }
  return hex;
}

/** Whether a field's value is usually shared by many items (see `hashText`). */
export function repeats(name: FieldName): boolean {
  return name !== 'title' && name !== 'body';
}

/** Hashes of the fields the kind holds (every field without a spec). */
export function hashFields(
  fields: ItemFields,
  spec?: Pick<KindSpec, 'fields' | 'canonical'>,
): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const name of spec?.fields ?? FIELD_NAMES) out[name] = hashField(name, fields[name], spec);
  return out;
}

/** The value in the kind's canonical form (the adapter's own mapping, if it declares one). */
export function canonicalValue<F extends FieldName>(
  name: F,
  value: ItemFields[F],
  spec?: Pick<KindSpec, 'canonical'>,
): ItemFields[F] {
  const fn = spec?.canonical?.[name] as ((v: ItemFields[F]) => ItemFields[F]) | undefined;
  return fn ? fn(value) : value;
}

function normalise(name: FieldName, value: unknown): string {
  // Trackers treat label names case-insensitively (GitHub keeps an existing label's case).
  if (name === 'labels' && Array.isArray(value)) {
    return JSON.stringify(value.map((label) => String(label).toLowerCase()).sort());
  }
  if (Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  // Trackers trim and normalise line endings; compare what survives a round trip.
  if (typeof value === 'string') return value.replace(/\r\n/g, '\n').trim();
  return JSON.stringify(value ?? null);
}
