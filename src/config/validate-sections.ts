import type { z } from 'zod';
import type { AdapterModule } from '../contract/types.js';
import { formatIssues } from './format-issues.js';

/**
 * Checks one tracker's section of the config with the schema its adapter module exports.
 * Returns the parsed section (defaults filled in) or the problems, each with its full path
 * (`github.repo: expected "owner/name"`).
 */
export function validateSection(
  name: string,
  module: Pick<AdapterModule, 'configSchema'>,
  value: unknown,
): { value: Record<string, unknown> } | { problems: string[] } {
  const schema = module.configSchema;
  if (!schema) return { value: (value ?? {}) as Record<string, unknown> };
  const parsed = (schema as z.ZodType).safeParse(value ?? {});
  if (parsed.success) return { value: parsed.data as Record<string, unknown> };
  return {
    problems: formatIssues(parsed.error.issues, {
      schema: schema as z.ZodType,
      input: value ?? {},
      prefix: [name],
    }),
  };
}
