import { describe, expect, it } from 'vitest';
import { adfText, spliceAdf, toAdf } from '../../../adapters/jira/adf.js';

describe('ADF for Jira Cloud', () => {
  it('converts markdown to a document and reads its text back with link targets', () => {
    const doc = toAdf('Deliverables:\n\n- a **b**\n\n[T001](https://x.test/1)');
    expect(doc.type).toBe('doc');
    expect(adfText(doc.content)).toBe('Deliverables:\na b\nT001 <https://x.test/1>');
  });

  it('replaces plansync’s leading blocks and keeps what people added below them', () => {
    const before = toAdf('Old owned\n\nSource: plan');
    const person = toAdf('A note from a person');
    const current = { ...before, content: [...before.content, ...person.content] };
    const next = spliceAdf(current, toAdf('New owned\n\nSource: plan'), before.content.length);
    expect(adfText(next.content)).toBe('New owned\nSource: plan\nA note from a person');
  });

  it('starts a fresh document when there was no description', () => {
    expect(spliceAdf(null, toAdf('Owned'), 0).content).toHaveLength(1);
  });
});
