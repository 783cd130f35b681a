import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';
import { applyEdits } from '../../src/writeback/apply-edits.js';
import { planEdits } from '../../src/writeback/plan-edits.js';
import { stripLinks } from '../../src/writeback/strip-links.js';

const milestone = { text: 'Phase 1', url: 'https://github.com/acme/app/milestone/1' };
const issue = { text: '#1', url: 'https://github.com/acme/app/issues/1' };

function writeBack(text: string): string {
  const { feature } = parseFeature({ dir: '.', plan: { path: 'plan.md', text } });
  const refs = { tasks: new Map(), phases: new Map([['1', { milestone, issues: [issue] }]]) };
  return applyEdits(text, planEdits(feature, refs).get('plan.md') ?? []);
}

describe('write-back into a plan.md phase without a Tasks item', () => {
  it('keeps a blank line between the new items and the prose under the heading', () => {
    const text = '## Implementation Phases\n\n### Phase 1: Data\n\nSome prose.\n';
    const once = writeBack(text);
    expect(once).toBe(
      '## Implementation Phases\n\n### Phase 1: Data\n' +
        '- Milestone: [Phase 1](https://github.com/acme/app/milestone/1)\n' +
        '- Issues: [#1](https://github.com/acme/app/issues/1)\n\nSome prose.\n',
    );
    expect(writeBack(once)).toBe(once);
    const { feature } = parseFeature({ dir: '.', plan: { path: 'plan.md', text: once } });
    expect(stripLinks(once, feature, 'plan.md')).toBe(text);
  });
});
