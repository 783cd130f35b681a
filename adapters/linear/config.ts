import { secureUrl } from '../../src/contract/secure-url.js';
import { z } from 'zod';

const envVarName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, not a value');

const stateName = z.string().trim().min(1, 'expected the name of a workflow state');

/** The `linear` section of the config file. */
export const configSchema = z.strictObject({
  /** The team's key, as in its issue identifiers (`ENG` for ENG-12). */
  team: z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'expected a team key such as "ENG"'),
  /**
   * An existing project (its name, id or URL) that holds every feature of the run. Without
   * it, plansync creates one project per feature.
   */
  project: z.string().trim().min(1).optional(),
  /** The GraphQL endpoint; `LINEAR_API_URL` otherwise, else Linear's public API. */
  apiUrl: z.url({ message: 'expected a URL such as https://api.linear.app/graphql' }).optional(),
  apiKeyEnv: envVarName.optional(),
  /** State for a checked task; default the team's first state of type `completed`. */
  doneState: stateName.optional(),
  /** State for a task unchecked again; default the team's first state of type `unstarted`. */
  openState: stateName.optional(),
  /** State for a task removed from the plan; default the team's first state of type `canceled`. */
  canceledState: stateName.optional(),
  maxWaitSeconds: z.number().int().min(0).max(3600).default(900),
  labelColor: z
    .string()
    .regex(/^#?[0-9a-fA-F]{6}$/, 'expected a six-digit hex colour')
    .default('#bec2c8'),
});

export type LinearConfig = z.output<typeof configSchema>;

/** The variable the personal API key is read from, unless `apiKeyEnv` names another. */
export const secretVariables = ['LINEAR_API_KEY'] as const;

export const PUBLIC_API = 'https://api.linear.app/graphql';

/**
 * The GraphQL endpoint: config, else `LINEAR_API_URL`, else Linear's. Plain http is refused
 * except on loopback, where local fakes and proxies live: a key must never travel in clear
 * text over a network.
 */
export function resolveApiUrl(
  configured: string | undefined,
  env: Record<string, string | undefined>,
): { url: string } | { problem: string } {
  const raw = configured ?? env.LINEAR_API_URL ?? PUBLIC_API;
  return secureUrl(raw);
}
