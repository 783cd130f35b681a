import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { planError } from '../errors/catalogue.js';
import type { Adapter, AdapterContext, AdapterFactory } from '../sync/types.js';
import { BUILTIN_ADAPTERS } from './builtin-adapters.js';

export interface AdapterSources {
  /** Extra factories by name (tests, embedders); they win over built-ins. */
  extra?: Record<string, AdapterFactory>;
  cwd: string;
}

/**
 * Creates the adapter named by `tracker`: a built-in (`github`), an extra factory, or an npm
 * package / local module exporting a factory (`plansync-adapter-gitlab`, `./my-adapter.js`).
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
  const options = optionsFor(tracker, config);
  const extra = sources.extra?.[tracker];
  if (extra) return extra(options, context);
  const builtin = BUILTIN_ADAPTERS[tracker];
  if (builtin) return (await builtin())(options, context);
  if (!looksLikeModule(tracker)) throw planError('unknown-tracker', { name: tracker, known });
  return (await loadFactory(tracker, sources.cwd))(options, context);
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

async function loadFactory(name: string, cwd: string): Promise<AdapterFactory> {
  const specifier = /^(\.{1,2}\/|\/)/.test(name)
    ? pathToFileURL(path.resolve(cwd, name)).href
    : name;
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw planError('adapter-load-failed', { name, reason });
  }
  const factory = module.createAdapter ?? module.default;
  if (typeof factory !== 'function') {
    throw planError('adapter-load-failed', {
      name,
      reason: 'it exports neither a default function nor createAdapter',
    });
  }
  return factory as AdapterFactory;
}
