import type { AdapterModule } from '../contract/types.js';

export interface BuiltinAdapter {
  /** The adapter module (factory, schema, secret variables), with its SDK. */
  load: () => Promise<AdapterModule>;
  /** Just its config schema and secret variables, without the SDK: for checking the file. */
  config: () => Promise<Pick<AdapterModule, 'configSchema' | 'secretVariables'>>;
}

/** Built-in trackers, loaded on demand so a run only pays for the SDK it uses. */
export const BUILTIN_ADAPTERS: Record<string, BuiltinAdapter> = {
  github: {
    load: async () => (await import('../../adapters/github/index.js')) as AdapterModule,
    config: async () => import('../../adapters/github/config.js'),
  },
  linear: {
    load: async () => (await import('../../adapters/linear/index.js')) as AdapterModule,
    config: async () => import('../../adapters/linear/config.js'),
  },
  jira: {
    load: async () => (await import('../../adapters/jira/index.js')) as AdapterModule,
    config: async () => import('../../adapters/jira/config.js'),
  },
};
