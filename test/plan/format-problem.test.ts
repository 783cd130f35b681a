import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/plan/format-problem.js';

describe('formatProblem', () => {
  it('prints file:line:col severity message', () => {
    expect(
      formatProblem({
        file: 'specs/001-auth/tasks.md',
        line: 14,
        column: 3,
        severity: 'error',
        code: 'duplicate-id',
        message: 'duplicate task id T012 (first at 9:3)',
      }),
    ).toBe('specs/001-auth/tasks.md:14:3 error duplicate task id T012 (first at 9:3)');
  });

  it('adds the hint on an indented second line', () => {
    expect(
      formatProblem({
        file: 'plan.md',
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'x',
        message: 'no tasks found',
        hint: 'add some',
      }),
    ).toBe('plan.md:1:1 warning no tasks found\n  hint: add some');
  });
});
