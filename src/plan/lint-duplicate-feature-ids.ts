import type { ParseResult, Problem } from './types.js';

const featureIdField = /^[ \t]*(?:\*\*|__)Feature ID:?(?:\*\*|__):?/m;

/**
 * Two feature folders with one Feature ID share every key (`<feature>/T001`), so each push
 * would move the same issues back and forth between them: an error on each folder.
 */
export function lintDuplicateFeatureIds(results: ParseResult[]): Problem[] {
  const byId = new Map<string, ParseResult[]>();
  for (const result of results) {
    const list = byId.get(result.feature.id) ?? [];
    list.push(result);
    byId.set(result.feature.id, list);
  }
  const problems: Problem[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    const places = list.map(featureIdPosition);
    places.forEach((place, i) => {
      const others = places.filter((_, j) => j !== i).map((p) => `${p.file}:${p.line}:${p.column}`);
      problems.push({
        ...place,
        severity: 'error',
        code: 'duplicate-feature-id',
        message: `feature id "${id}" is also used by ${others.join(', ')}`,
        hint: 'give each feature folder its own **Feature ID:** (items are keyed by it)',
      });
    });
  }
  return problems;
}

/** Where the `**Feature ID:**` field is, else the start of the feature's first document. */
function featureIdPosition(result: ParseResult): { file: string; line: number; column: number } {
  const { feature } = result;
  for (const file of [feature.planFile, feature.tasksFile]) {
    if (file === null) continue;
    const text = result.sources?.[file];
    const match = text === undefined ? null : featureIdField.exec(text);
    if (!text || !match) continue;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const indent = /^[ \t]*/.exec(match[0])![0].length;
    return { file, line, column: match.index - (before.lastIndexOf('\n') + 1) + indent + 1 };
  }
  return { file: feature.planFile ?? feature.tasksFile ?? feature.dir, line: 1, column: 1 };
}
