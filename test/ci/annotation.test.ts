import { describe, expect, it } from 'vitest';
import { annotation } from '../../src/ci/annotation.js';

describe('annotation', () => {
  it('names the file, line and column, and escapes what the runner would misread', () => {
    expect(
      annotation({
        file: 'specs/a,b:c/tasks.md',
        line: 14,
        column: 3,
        severity: 'error',
        code: 'duplicate-id',
        message: 'duplicate task id T012 (100% sure)\nsecond line',
      }),
    ).toBe(
      '::error file=specs/a%2Cb%3Ac/tasks.md,line=14,col=3::duplicate task id T012 (100%25 sure)%0Asecond line',
    );
  });

  it('keeps warnings as warnings', () => {
    expect(
      annotation({
        file: 'plan.md',
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'x',
        message: 'm',
      }),
    ).toBe('::warning file=plan.md,line=1,col=1::m');
  });
});
