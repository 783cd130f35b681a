/**
 * Which environment variables hold the secrets for a deployment, and their values. Names, not
 * values, go into every message, so a problem can be fixed without a secret being printed.
 */
import type { JiraConfig } from './config.js';

export type Credentials =
  { kind: 'basic'; email: string; apiToken: string } | { kind: 'bearer'; token: string };

export interface CredentialLookup {
  /** The variables this deployment reads, in the order a person would set them. */
  variables: string[];
  credentials: Credentials | null;
  /** Variables that are unset or empty. */
  missing: string[];
}

export function lookUpCredentials(
  config: Pick<JiraConfig, 'deployment' | 'emailEnv' | 'tokenEnv' | 'patEnv'>,
  env: Record<string, string | undefined>,
): CredentialLookup {
  if (config.deployment === 'datacenter') {
    const name = config.patEnv ?? 'JIRA_PAT';
    const token = env[name];
    return token
      ? { variables: [name], credentials: { kind: 'bearer', token }, missing: [] }
      : { variables: [name], credentials: null, missing: [name] };
  }
  const emailName = config.emailEnv ?? 'JIRA_EMAIL';
  const tokenName = config.tokenEnv ?? 'JIRA_API_TOKEN';
  const email = env[emailName];
  const apiToken = env[tokenName];
  const missing = [emailName, tokenName].filter((name) => !env[name]);
  return {
    variables: [emailName, tokenName],
    credentials: email && apiToken ? { kind: 'basic', email, apiToken } : null,
    missing,
  };
}
