import { hashField, hashFields } from './hash-fields.js';
import type { ItemFields, KindSpec, Marker, RemoteItem } from './types.js';

/**
 * The marker a new item is created with. Dependencies are set in a later pass, so the marker
 * records none yet: a relate that fails or is interrupted then reads as a plan change.
 */
export function createMarker(key: string, fields: ItemFields, spec?: KindSpec): Marker {
  const hashes = hashFields(fields, spec);
  if (hashes.dependsOn !== undefined) hashes.dependsOn = hashField('dependsOn', [], spec);
  return { key, hashes };
}

/** The marker of an item plansync closes: what it had, with the state changed. */
export function closedMarker(remote: RemoteItem, fields: ItemFields, spec?: KindSpec): Marker {
  return {
    key: remote.marker!.key,
    hashes: { ...remote.marker!.hashes, state: hashField('state', fields.state, spec) },
  };
}
