import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import type { z } from 'zod';
import { planError } from '../errors/catalogue.js';
import { type Config, configSchema } from './schema.js';

export const SEARCH_PLACES = [
  'package.json',
  '.planrc',
  '.planrc.json',
  '.planrc.yaml',
  '.planrc.yml',
  '.planrc.js',
  '.planrc.cjs',
  '.planrc.mjs',
  'plansync.config.js',
];

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null when defaults are used. */
  file: string | null;
}

/**
 * Finds and validates the configuration as a whole: every problem is reported at once, each
 * with its path (`github.repo: expected "owner/name"`), and the file named.
 */
export async function loadConfig(options: { cwd: string; file?: string }): Promise<LoadedConfig> {
  const explorer = cosmiconfig('plansync', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'project',
  });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const display = (file: string) => path.relative(options.cwd, file) || file;
  try {
    found = options.file
      ? await explorer.load(path.resolve(options.cwd, options.file))
      : await explorer.search(options.cwd);
  } catch (error) {
    const file = options.file ?? '.planrc';
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw planError('config-unreadable', { file, reason });
  }
  if (!found) return { config: configSchema.parse({}), file: null };
  const file = display(found.filepath);
  const parsed = configSchema.safeParse(found.isEmpty ? {} : found.config);
  if (!parsed.success) {
    throw planError('invalid-config', { file, problems: formatIssues(parsed.error.issues) });
  }
  return { config: parsed.data, file };
}

export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${where ? `${where}.` : ''}${key}: unknown option`);
    }
    return [`${where || '(root)'}: ${issue.message}`];
  });
}
