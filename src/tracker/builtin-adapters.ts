import type { AdapterFactory } from '../sync/types.js';

/** Built-in trackers, loaded on demand so a run only pays for the SDK it uses. */
export const BUILTIN_ADAPTERS: Record<string, () => Promise<AdapterFactory>> = {
  github: async () => (await import('../../adapters/github/index.js')).createGitHubAdapter,
};
