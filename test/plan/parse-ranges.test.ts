import { describe, expect, it } from 'vitest';
import { parseRanges } from '../../src/plan/parse-ranges.js';

const ids = (text: string) => parseRanges(text).ids.map((entry) => entry.id);

describe('parseRanges', () => {
  it.each([
    ['T001-T005', ['T001', 'T002', 'T003', 'T004', 'T005']],
    ['T001–T003', ['T001', 'T002', 'T003']],
    ['T001 — T003', ['T001', 'T002', 'T003']],
    ['T001..T003', ['T001', 'T002', 'T003']],
    ['T001 to T003', ['T001', 'T002', 'T003']],
    ['T001, T003, T007-T009', ['T001', 'T003', 'T007', 'T008', 'T009']],
    ['T998-T1001', ['T998', 'T999', 'T1000', 'T1001']],
    ['T1000', ['T1000']],
    ['T-1.1..T-1.3', ['T-1.1', 'T-1.2', 'T-1.3']],
    ['T001a-T003', ['T001a', 'T003']],
  ])('expands %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reports template placeholders with their offsets and yields no ids for them', () => {
    const result = parseRanges('T001-T00X, T0XX-T0XX', 10);
    expect(result.ids).toEqual([]);
    expect(result.issues.map((issue) => [issue.message, issue.start])).toEqual([
      ['unfilled template placeholder T00X', 15],
      ['unfilled template placeholder T0XX', 21],
      ['unfilled template placeholder T0XX', 26],
    ]);
  });

  it('reports a range that runs backwards', () => {
    expect(parseRanges('T009-T005').issues.map((issue) => issue.message)).toEqual([
      'range T009-T005 runs backwards',
    ]);
  });

  it('refuses to expand an absurdly large range', () => {
    const result = parseRanges('T1-T99999');
    expect(result.ids.map((entry) => entry.id)).toEqual(['T1', 'T99999']);
    expect(result.issues[0]?.code).toBe('range-too-large');
  });

  it('does not read ids inside longer words', () => {
    expect(ids('ST001, FR-T002, T003xy')).toEqual([]);
  });
});
