import type { VerifyProblem } from '../../src/contract/types.js';
import type { RepoContext } from './repo-context.js';

/** Checks the token and the repository before anything else is read or written. */
export async function verifyRepo(
  ctx: RepoContext | null,
  options: {
    base: { url: string } | { problem: string };
    variables: string[];
    repo: string;
    subIssues?: boolean;
  },
): Promise<VerifyProblem[]> {
  const { base, variables } = options;
  if ('problem' in base)
    return [
      {
        code: 'config',
        message: `base URL: ${base.problem}`,
        hint: 'Set github.baseUrl in .planrc or GITHUB_API_URL to the API address, e.g. https://github.example.com/api/v3.',
      },
    ];
  if (options.subIssues) {
    return [
      {
        code: 'config',
        message: 'github.subIssues is not yet available',
        hint: 'Remove github.subIssues from .planrc (or set it to false); phases become milestones.',
      },
    ];
  }
  if (!ctx) {
    return [
      {
        code: 'auth',
        message: `no token: set ${variables.join(' or ')} in the environment`,
        hint: 'Tokens are read only from the environment, never from config files.',
      },
    ];
  }
  try {
    await ctx.client.rest.repos.get({ owner: ctx.owner, repo: ctx.repo });
    return [];
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) {
      return [
        {
          code: 'auth',
          message: `bad credentials: the token in ${variables.join(' / ')} was rejected (401)`,
          hint: `Set ${variables[0]} to a valid token with access to ${options.repo}.`,
        },
      ];
    }
    if (status === 404) {
      return [
        {
          code: 'not-found',
          message: `repository ${options.repo} was not found, or the token cannot see it`,
          hint: 'Check github.repo in .planrc and that the token has access to that repository.',
        },
      ];
    }
    // Server errors, silence and rate limits end the command with their own line and code.
    throw error;
  }
}
