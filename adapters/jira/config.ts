import { z } from 'zod';

const envVarName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, not a value');

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The `jira` section of the config file. */
export const configSchema = z.strictObject({
  host: z.url({ message: 'expected a URL such as https://acme.atlassian.net' }).refine((value) => {
    const url = new URL(value);
    // Credentials travel in every request: plain HTTP only where nothing leaves the machine.
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  }, 'expected https:// (plain http:// only for localhost)'),
  project: z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'expected a project key such as "PLAN"'),
  deployment: z.enum(['cloud', 'datacenter']).default('cloud'),
  /** Issue type of tasks. */
  issueType: z.string().min(1).default('Task'),
  /** Issue type of phases when they are epics. */
  epicType: z.string().min(1).default('Epic'),
  /** A phase becomes an epic (the tasks sit under it) or a fix version (the tasks carry it). */
  phaseAs: z.enum(['epic', 'version']).default('epic'),
  /** The label every plansync issue carries, so one bounded JQL finds them all. */
  label: z.string().regex(/^\S+$/, 'expected a label without spaces').default('plansync'),
  maxWaitSeconds: z.number().int().min(0).max(3600).default(300),
  /** Names of the variables holding the secrets, when not the usual ones. */
  emailEnv: envVarName.optional(),
  tokenEnv: envVarName.optional(),
  patEnv: envVarName.optional(),
});

export type JiraConfig = z.output<typeof configSchema>;

/** Cloud signs in with an account's email and API token; Data Center with a personal access token. */
export const secretVariables = ['JIRA_EMAIL', 'JIRA_API_TOKEN', 'JIRA_PAT'] as const;
