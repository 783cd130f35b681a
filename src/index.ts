/**
 * plansync as a library: the same pieces the CLI is built from. Adapter authors need the
 * contract types; tools embedding plansync can parse, lint, diff and run the CLI in-process.
 */
export type * from './diff/types.js';
export type * from './plan/types.js';
export { parseFeature } from './plan/parse-feature.js';
export { loadFeatures } from './discover/load-features.js';
export { lintFeature } from './plan/lint-feature.js';
export { formatProblem } from './plan/format-problem.js';
export { toModelJson, MODEL_SCHEMA_VERSION } from './plan/model-json.js';
export { desiredItems, DEFAULT_DESIRED_OPTIONS } from './diff/desired-items.js';
export { diff } from './diff/diff.js';
export { encodeMarker, decodeMarker } from './contract/marker.js';
export { hashField, hashFields } from './diff/hash-fields.js';
export { taskKey, groupKey } from './diff/keys.js';
export { run } from './cli/run.js';
export type { CliIo } from './cli/io.js';
