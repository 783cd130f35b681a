import { z } from 'zod';

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
  /** The repository's web page, for the source line under each item (else found from git). */
  repositoryUrl: z
    .url({ message: 'expected a URL such as https://github.com/acme/app' })
    .optional(),
  concurrency: z.number().int().min(1).max(16).default(4),
  // Each tracker's section is checked by the schema its adapter module exports (see
  // validate-sections.ts), with the rest of the file, every problem at once.
  github: z.record(z.string(), z.unknown()).optional(),
  linear: z.record(z.string(), z.unknown()).optional(),
  jira: z.record(z.string(), z.unknown()).optional(),
  adapter: z.record(z.string(), z.unknown()).optional(),
});

export type Config = z.output<typeof configSchema>;
