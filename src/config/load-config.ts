import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { planError } from '../errors/catalogue.js';
import { BUILTIN_ADAPTERS } from '../tracker/builtin-adapters.js';
import { formatIssues } from './format-issues.js';
import { type Config, configSchema } from './schema.js';
import { validateSection } from './validate-sections.js';

export { formatIssues } from './format-issues.js';

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
  const raw = (found.isEmpty ? {} : found.config) as Record<string, unknown>;
  const parsed = configSchema.safeParse(raw);
  const problems = parsed.success ? [] : formatIssues(parsed.error.issues);
  // Each built-in tracker's section is checked by its adapter's schema, in the same report.
  const sections: Record<string, Record<string, unknown>> = {};
  for (const [name, builtin] of Object.entries(BUILTIN_ADAPTERS)) {
    if (raw === null || typeof raw !== 'object' || raw[name] === undefined) continue;
    const checked = validateSection(name, await builtin.config(), raw[name]);
    if ('problems' in checked) problems.push(...checked.problems);
    else sections[name] = checked.value;
  }
  if (!parsed.success || problems.length > 0) {
    throw planError('invalid-config', { file, problems });
  }
  return { config: { ...parsed.data, ...sections } as Config, file };
}
