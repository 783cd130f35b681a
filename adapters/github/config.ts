import { z } from 'zod';

const envVarName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, not a value');

/** The `github` section of the config file. */
export const configSchema = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected "owner/name"'),
  baseUrl: z
    .url({ message: 'expected a URL such as https://github.example.com/api/v3' })
    .optional(),
  throttle: z.boolean().default(true),
  tokenEnv: envVarName.optional(),
  subIssues: z.boolean().default(false),
  maxWaitSeconds: z.number().int().min(0).max(3600).default(900),
  labelColor: z
    .string()
    .regex(/^[0-9a-fA-F]{6}$/, 'expected a six-digit hex colour without "#"')
    .default('c5def5'),
  /** Bot accounts whose issues may carry a trusted marker (issues made in CI by a workflow token). */
  trustedBots: z.array(z.string().min(1)).default(['github-actions[bot]']),
});

export type GitHubConfig = z.output<typeof configSchema>;

/** The variables a token is read from, in order, unless `tokenEnv` names another. */
export const secretVariables = ['GITHUB_TOKEN', 'GH_TOKEN'] as const;
