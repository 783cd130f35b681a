/**
 * `plansync/contract`: what an adapter package needs from plansync — the contract types, the
 * marker codec, the owned-region helpers and the client-id derivation.
 */
export type * from './types.js';
export { FIELD_NAMES } from './types.js';
export { decodeMarker, encodeMarker } from './marker.js';
export { neutralise, parseRegion, renderRegion, spliceRegion } from './body-region.js';
export type { ParsedRegion } from './body-region.js';
export { clientIdFor } from '../apply/client-id.js';
export { canonicalValue, hashField, hashFields } from '../diff/hash-fields.js';
