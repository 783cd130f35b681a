export { parseFeature, type ParseInput } from './parse-feature.js';
export { loadFeatures } from '../discover/load-features.js';
export { lintFeature } from './lint-feature.js';
export { formatProblem } from './format-problem.js';
export {
  toModelJson,
  MODEL_SCHEMA_VERSION,
  type ModelJson,
  type ModelJsonFeature,
  type ModelJsonPhase,
  type ModelJsonTask,
} from './model-json.js';
export { parseRanges } from './parse-ranges.js';
export type * from './types.js';
