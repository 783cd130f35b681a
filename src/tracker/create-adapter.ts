import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/schema.js';
import { validateSection } from '../config/validate-sections.js';
import type { Adapter, AdapterContext, AdapterFactory, AdapterModule } from '../contract/types.js';
import { planError } from '../errors/catalogue.js';
import { BUILTIN_ADAPTERS } from './builtin-adapters.js';
import { resolvePackage } from './resolve-package.js';

export interface AdapterSources {
  /** Extra factories by name (tests, embedders); they win over built-ins. */
  extra?: Record<string, AdapterFactory>;
  /** The user's project folder: adapter packages are resolved from here. */
  cwd: string;
  /** The config file, for problems with an adapter's section. */
  configFile?: string | null;
  /** Told which variables hold the adapter's secrets, so they are masked everywhere. */
  onSecrets?: (variables: readonly string[]) => void;
}

/**
 * Creates the adapter named by `tracker`: a built-in (`github`), an extra factory, or an npm
 * package / local module exporting a factory (`plansync-adapter-gitlab`, `./my-adapter.js`),
 * whose config section (`adapter`) is checked by the schema it exports.
 */
export async function createAdapter(
  tracker: string | undefined,
  config: Config,
  context: AdapterContext,
  sources: AdapterSources,
): Promise<Adapter> {
  const known = [
    ...new Set([...Object.keys(sources.extra ?? {}), ...Object.keys(BUILTIN_ADAPTERS)]),
  ];
  if (!tracker) throw planError('no-tracker', { known });
  const extra = sources.extra?.[tracker];
  if (extra) return extra(optionsFor(tracker, config), context);
  const builtin = BUILTIN_ADAPTERS[tracker];
  if (builtin) {
    const module = await builtin.load();
    sources.onSecrets?.(module.secretVariables ?? []);
    return factoryOf(module, tracker)(optionsFor(tracker, config), context);
  }
  if (!looksLikeModule(tracker)) throw planError('unknown-tracker', { name: tracker, known });
  const module = await loadModule(tracker, sources.cwd);
  sources.onSecrets?.(module.secretVariables ?? []);
  const checked = validateSection('adapter', module, config.adapter);
  if ('problems' in checked) {
    throw planError('invalid-config', {
      file: sources.configFile ?? '.planrc',
      problems: checked.problems,
    });
  }
  return factoryOf(module, tracker)(checked.value, context);
}

function optionsFor(tracker: string, config: Config): Record<string, unknown> {
  const own = (config as Record<string, unknown>)[tracker];
  if (own && typeof own === 'object') return own as Record<string, unknown>;
  return config.adapter ?? {};
}

/** npm names (`plansync-adapter-x`, `@scope/x`) and paths; a bare typo like "jria" is neither. */
function looksLikeModule(name: string): boolean {
  return /^(\.{1,2}\/|\/|@[\w.-]+\/|plansync-adapter-)/.test(name);
}

async function loadModule(name: string, cwd: string): Promise<AdapterModule> {
  const local = /^(\.{1,2}\/|\/)/.test(name);
  const file = local ? path.resolve(cwd, name) : resolvePackage(name, cwd);
  if (!file) {
    throw planError('adapter-load-failed', {
      name,
      reason: `it is not installed in ${cwd} (run npm install ${name})`,
    });
  }
  try {
    return (await import(pathToFileURL(file).href)) as AdapterModule;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw planError('adapter-load-failed', { name, reason });
  }
}

function factoryOf(module: AdapterModule, name: string): AdapterFactory {
  const factory = module.createAdapter ?? module.default;
  if (typeof factory !== 'function') {
    throw planError('adapter-load-failed', {
      name,
      reason: 'it exports neither a default function nor createAdapter',
    });
  }
  return factory;
}
