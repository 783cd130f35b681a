/**
 * Checks the key, the team and the configured project before anything else is read or
 * written, in one request (two when `linear.project` is given by name), and keeps what it
 * found for the run: the team's id and workflow states, the project's id.
 */
import type { VerifyProblem } from '../../src/contract/types.js';
import type { LinearContext } from './context.js';
import { isAuth, linearFailure } from './failure.js';
import { PROJECT_QUERY, PROJECTS_BY_NAME_QUERY, TEAM_QUERY } from './queries.js';
import { stateProblems } from './states.js';
import type { WireProject, WireTeam } from './wire.js';

export interface VerifyInputs {
  apiUrl: { url: string } | { problem: string };
  /** The variable the key is read from, for messages. */
  variable: string;
}

export async function verifyTeam(
  ctx: LinearContext | null,
  inputs: VerifyInputs,
): Promise<VerifyProblem[]> {
  const { apiUrl, variable } = inputs;
  if ('problem' in apiUrl) {
    return [
      {
        code: 'config',
        message: `API URL: ${apiUrl.problem}`,
        hint: 'Set linear.apiUrl in .planrc or LINEAR_API_URL to the GraphQL endpoint, e.g. https://api.linear.app/graphql.',
      },
    ];
  }
  if (!ctx) {
    return [
      {
        code: 'auth',
        message: `no API key: set ${variable} in the environment`,
        hint: `Create a personal API key in Linear (Settings → Security & access) and put it in ${variable}. Keys are read only from the environment.`,
      },
    ];
  }
  try {
    const data = await ctx.transport.request<{ teams: { nodes: WireTeam[] } }>(TEAM_QUERY, {
      key: ctx.config.team,
    });
    const team = data.teams.nodes.find(
      (t) => t.key.toLowerCase() === ctx.config.team.toLowerCase(),
    );
    if (!team) {
      return [
        {
          code: 'not-found',
          message: `team ${ctx.config.team} was not found, or the key in ${variable} cannot see it`,
          hint: 'Check linear.team in .planrc: it is the prefix of the team’s issue identifiers (ENG for ENG-12).',
        },
      ];
    }
    ctx.team = { id: team.id, key: team.key, states: team.states.nodes };
    const states = stateProblems(ctx.team, ctx.config).map((message): VerifyProblem => ({
      code: 'config',
      message,
    }));
    if (states.length > 0) return states;
    if (ctx.config.project) return await findProject(ctx, ctx.config.project);
    return [];
  } catch (error) {
    if (isAuth(error)) {
      return [
        {
          code: 'auth',
          message: `authentication failed: Linear refused the API key in ${variable}`,
          hint: `Set ${variable} to a valid personal API key (sent as it is, without "Bearer").`,
        },
      ];
    }
    // Server errors, silence, rate limits and other answers end the command with their own line.
    throw linearFailure(error, { variables: [variable] });
  }
}

/** `linear.project` by URL, id or name: exactly one project must answer to it. */
async function findProject(ctx: LinearContext, wanted: string): Promise<VerifyProblem[]> {
  const fromUrl = /\/project\/(?:[^/]*-)?([0-9a-f]{12})(?:[/?#]|$)/i.exec(wanted)?.[1];
  const id = fromUrl ?? (/^[0-9a-f-]{12,36}$/i.test(wanted) ? wanted : null);
  let found: WireProject[] = [];
  if (id) {
    try {
      found = [
        (await ctx.transport.request<{ project: WireProject }>(PROJECT_QUERY, { id })).project,
      ];
    } catch {
      found = [];
    }
  } else {
    const data = await ctx.transport.request<{ projects: { nodes: WireProject[] } }>(
      PROJECTS_BY_NAME_QUERY,
      { name: wanted },
    );
    found = data.projects.nodes;
  }
  if (found.length !== 1) {
    return [
      {
        code: 'not-found',
        message:
          found.length === 0
            ? `project "${wanted}" (linear.project) was not found`
            : `more than one project is named "${wanted}" (linear.project)`,
        hint: 'Give linear.project as the project’s URL or id, or a name only one project has.',
      },
    ];
  }
  ctx.projectId = found[0]!.id;
  return [];
}
