import { z } from 'zod';

const envVarName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, not a value');

const githubSchema = z.strictObject({
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
});

export const configSchema = z.strictObject({
  tracker: z.string().min(1).optional(),
  plans: z.array(z.string().min(1)).min(1).default(['specs/*']),
  title: z
    .strictObject({
      task: z.string().min(1).default('{id} {title}'),
      group: z.string().min(1).default('{feature} · Phase {number}: {title}'),
    })
    .prefault({}),
  labels: z
    .record(z.string(), z.union([z.string().min(1), z.literal(false)]))
    .default({ P: 'parallel' }),
  removed: z.enum(['close', 'label', 'keep']).default('close'),
  removedLabel: z.string().min(1).default('removed-from-plan'),
  concurrency: z.number().int().min(1).max(16).default(4),
  github: githubSchema.optional(),
  // Options of other trackers (and third-party adapters) are checked by their adapter.
  linear: z.record(z.string(), z.unknown()).optional(),
  jira: z.record(z.string(), z.unknown()).optional(),
  adapter: z.record(z.string(), z.unknown()).optional(),
});

export type Config = z.output<typeof configSchema>;
export type GitHubConfig = z.output<typeof githubSchema>;
