import { describe, expect, it } from 'vitest';
import { summaryLine } from '../../src/preview/summary-line.js';
import type { Summary } from '../../src/preview/types.js';

const none: Summary = {
  create: 0,
  update: 0,
  close: 0,
  reopen: 0,
  conflict: 0,
  drift: 0,
  unchanged: 4,
  skip: 1,
};

describe('summaryLine', () => {
  it('reads like terraform for the usual counts', () => {
    expect(summaryLine({ ...none, create: 3, update: 1, close: 1, conflict: 1 }, 0)).toBe(
      'Plan: 3 to create, 1 to update, 1 to close, 1 conflict.',
    );
  });

  it('mentions plan files when only the links in the plan change', () => {
    expect(summaryLine(none, 2)).toBe(
      'Plan: 0 to create, 0 to update, 0 to close, 0 conflicts, 2 files to write back.',
    );
  });

  it('still names conflicts and drift when nothing would be written', () => {
    expect(summaryLine({ ...none, conflict: 2, drift: 1 }, 0)).toBe(
      'No changes. 2 conflicts, 1 drifted.',
    );
    expect(summaryLine(none, 0)).toBe('No changes.');
  });
});
