import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { planError } from '../errors/catalogue.js';
import { BUILTIN_ADAPTERS } from '../tracker/builtin-adapters.js';
import { describeConfigError } from './describe-config-error.js';
import { findRepositoryRoot } from '../discover/find-repository-root.js';
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
  /** The folder `plans` globs resolve from: the config file's folder, else the current one. */
  dir: string;
}

/**
 * Finds and validates the configuration as a whole: every problem is reported at once, each
 * with its path (`github.repo: expected "owner/name"`), and the file named.
 */
export async function loadConfig(options: { cwd: string; file?: string }): Promise<LoadedConfig> {
  // Each folder is searched on its own ('none'), so the walk up stops at the repository root:
  // a config in a folder above it (a home folder, a parent checkout) is never loaded, nor run.
  const explorer = cosmiconfig('plansync', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'none',
  });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  const display = (file: string) => path.relative(options.cwd, file) || file;
  try {
    found = options.file
      ? await explorer.load(path.resolve(options.cwd, options.file))
      : await searchUpToRoot(explorer, options.cwd);
  } catch (error) {
    throw planError('config-unreadable', await describeConfigError(error, display));
  }
  if (!found) return { config: configSchema.parse({}), file: null, dir: options.cwd };
  const file = display(found.filepath);
  const raw = (found.isEmpty ? {} : found.config) as Record<string, unknown>;
  const parsed = configSchema.safeParse(raw);
  const problems = parsed.success
    ? []
    : formatIssues(parsed.error.issues, { schema: configSchema, input: raw });
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
  return {
    config: { ...parsed.data, ...sections } as Config,
    file,
    dir: path.dirname(found.filepath),
  };
}

/** From `cwd` up to the repository root; outside a repository, `cwd` alone. */
async function searchUpToRoot(
  explorer: ReturnType<typeof cosmiconfig>,
  cwd: string,
): Promise<{ config: unknown; filepath: string; isEmpty?: boolean } | null> {
  const start = path.resolve(cwd);
  const root = (await findRepositoryRoot(start)) ?? start;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const found = await explorer.search(dir);
    if (found) return found;
    if (dir === root || path.dirname(dir) === dir) return null;
  }
}
