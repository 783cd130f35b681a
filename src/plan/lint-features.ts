import { lintDuplicateFeatureIds } from './lint-duplicate-feature-ids.js';
import { lintDuplicateLinks } from './lint-duplicate-links.js';
import type { ParseResult, Problem } from './types.js';

/** Checks that need every feature of the run at once (per-feature checks: lintFeature). */
export function lintFeatures(results: ParseResult[]): Problem[] {
  return [...lintDuplicateFeatureIds(results), ...lintDuplicateLinks(results)];
}
