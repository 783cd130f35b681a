/**
 * Checks the credentials, the project and its issue types before anything else is read or
 * written, naming the variable to fix and never its value.
 */
import type { JiraConfig } from './config.js';
import type { CredentialLookup } from './credentials.js';
import { JiraError } from './jira-error.js';
import { jiraFailure } from './to-failure.js';
import type { Site } from './site.js';

export interface Problem {
  code: 'auth' | 'not-found' | 'permission' | 'config' | 'network';
  message: string;
  hint?: string;
}

export async function verifySite(
  lookUp: (() => Promise<Site>) | null,
  credentials: CredentialLookup,
  config: Pick<
    JiraConfig,
    'host' | 'project' | 'deployment' | 'issueType' | 'epicType' | 'phaseAs'
  >,
): Promise<Problem[]> {
  const cloud = config.deployment === 'cloud';
  if (!lookUp || credentials.missing.length > 0) {
    return [
      {
        code: 'auth',
        message: `no credentials: set ${credentials.missing.join(' and ')} in the environment`,
        hint: cloud
          ? 'Jira Cloud signs in with your account email and an API token; both are read only from the environment.'
          : 'Jira Data Center signs in with a personal access token, read only from the environment.',
      },
    ];
  }
  let site: Site;
  try {
    site = await lookUp();
  } catch (error) {
    const e = error instanceof JiraError ? error : undefined;
    if (e?.auth) {
      return [
        {
          code: 'auth',
          message: `Jira refused the credentials in ${credentials.variables.join(' / ')} (401)`,
          hint: `Check ${credentials.variables.join(' and ')}${cloud ? ': the token must belong to that email' : ''}.`,
        },
      ];
    }
    if (e?.status === 403) {
      return [
        { code: 'permission', message: `not allowed to browse project ${config.project} (403)` },
      ];
    }
    if (e?.status === 404) {
      return [
        {
          code: 'not-found',
          message: `project ${config.project} was not found on ${config.host}, or the account cannot see it`,
          hint: 'Check jira.project in .planrc (the project key, e.g. PLAN).',
        },
      ];
    }
    // Server errors, silence, rate limits and other answers end the command with their own line.
    throw jiraFailure(error, { variables: credentials.variables });
  }
  const problems: Problem[] = [];
  const types = new Set((site.project.issueTypes ?? []).map((t) => (t.name ?? '').toLowerCase()));
  const wanted = [config.issueType, ...(config.phaseAs === 'epic' ? [config.epicType] : [])];
  for (const name of wanted) {
    if (!types.has(name.toLowerCase())) {
      problems.push({
        code: 'config',
        message: `project ${config.project} has no issue type "${name}"`,
        hint: `Use one of: ${(site.project.issueTypes ?? []).map((t) => t.name).join(', ')}.`,
      });
    }
  }
  if (!cloud && config.phaseAs === 'epic' && !site.epicFields) {
    problems.push({
      code: 'config',
      message: 'this Jira has no Epic Link and Epic Name fields',
      hint: 'Set jira.phaseAs to "version" to group tasks by fix version instead.',
    });
  }
  return problems;
}
