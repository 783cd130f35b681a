import type { z } from 'zod';

/** Zod issues as `path: message` lines, one per problem. */
export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${where ? `${where}.` : ''}${key}: unknown option`);
    }
    return [`${where || '(root)'}: ${issue.message}`];
  });
}
