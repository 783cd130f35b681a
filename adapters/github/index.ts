import type {
  Adapter,
  AdapterContext,
  CloseRequest,
  CreateRequest,
  ReadScope,
  RemoteItem,
  Snapshot,
  UpdateRequest,
  VerifyProblem,
  WriteResult,
} from '../../src/sync/types.js';
import { resolveBaseUrl } from './base-url.js';
import { createClient } from './client.js';
import { readItems } from './read-items.js';
import type { RepoContext } from './repo-context.js';
import { closeIssue, createIssue, updateIssue } from './write-issues.js';
import { closeMilestone, createMilestone, updateMilestone } from './write-milestones.js';

export interface GitHubOptions {
  repo: string;
  baseUrl?: string;
  throttle?: boolean;
  tokenEnv?: string;
  labelColor?: string;
  subIssues?: boolean;
  /** Longest rate-limit wait to sit through (seconds); beyond it the run stops cleanly. */
  maxWaitSeconds?: number;
}

const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'GH_TOKEN'];

/**
 * GitHub: phases are milestones, tasks are issues, `depends on` is "blocked by". No bulk API:
 * one write per changed item, paced by Octokit's throttling in real runs.
 */
export function createGitHubAdapter(
  options: Record<string, unknown>,
  context: AdapterContext,
): Adapter {
  const opts = options as unknown as GitHubOptions;
  const variables = opts.tokenEnv ? [opts.tokenEnv] : TOKEN_VARIABLES;
  const token = variables.map((name) => context.env[name]).find((value) => value);
  const base = resolveBaseUrl(opts.baseUrl, context.env);
  const [owner = '', repo = ''] = String(opts.repo ?? '').split('/');
  const ctx: RepoContext | null =
    token && 'url' in base
      ? {
          client: createClient({
            baseUrl: base.url,
            token,
            throttle: opts.throttle !== false,
            maxWaitSeconds: opts.maxWaitSeconds ?? 900,
            ...(context.onProgress ? { onProgress: context.onProgress } : {}),
            ...(context.log ? { log: context.log } : {}),
            ...(context.fetch ? { fetch: context.fetch } : {}),
          }),
          owner,
          repo,
          htmlUrl: null,
          labelColor: opts.labelColor ?? 'c5def5',
          issueBodies: new Map(),
          milestoneBodies: new Map(),
          databaseIds: new Map(),
          groupKeys: new Map(),
          labels: null,
          log: context.log ?? (() => {}),
        }
      : null;
  const need = (): RepoContext => {
    if (!ctx) throw new Error('the GitHub adapter is not configured (run verify() first)');
    return ctx;
  };
  const each = async <R>(batch: R[], fn: (request: R) => Promise<WriteResult>) => {
    const results: WriteResult[] = [];
    for (const request of batch) results.push(await fn(request));
    return results;
  };

  return {
    name: 'github',
    capabilities: {
      groupKind: 'milestone',
      batchSize: 1,
      maxConcurrency: 1,
      subIssues: false,
      dependencies: true,
      labels: true,
    },
    async verify(): Promise<VerifyProblem[]> {
      if ('problem' in base)
        return [
          {
            code: 'config',
            message: `base URL: ${base.problem}`,
            hint: 'Set github.baseUrl in .planrc or GITHUB_API_URL to the API address, e.g. https://github.example.com/api/v3.',
          },
        ];
      if (opts.subIssues) {
        return [
          {
            code: 'config',
            message: 'github.subIssues is not yet available',
            hint: 'Remove github.subIssues from .planrc (or set it to false); phases become milestones.',
          },
        ];
      }
      if (!token) {
        return [
          {
            code: 'auth',
            message: `no token: set ${variables.join(' or ')} in the environment`,
            hint: 'Tokens are read only from the environment, never from config files.',
          },
        ];
      }
      const c = need();
      try {
        const { data } = await c.client.rest.repos.get({ owner, repo });
        c.htmlUrl = data.html_url;
        return [];
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status === 401) {
          return [
            {
              code: 'auth',
              message: `bad credentials: the token in ${variables.join(' / ')} was rejected (401)`,
              hint: `Set ${variables[0]} to a valid token with access to ${opts.repo}.`,
            },
          ];
        }
        if (status === 404) {
          return [
            {
              code: 'not-found',
              message: `repository ${opts.repo} was not found, or the token cannot see it`,
              hint: 'Check github.repo in .planrc and that the token has access to that repository.',
            },
          ];
        }
        return [
          {
            code: 'network',
            message: `cannot reach ${'url' in base ? base.url : 'GitHub'}: ${(error as Error).message}`,
          },
        ];
      }
    },
    read: (scope: ReadScope): Promise<Snapshot> => readItems(need(), scope),
    create: (batch: CreateRequest[]) =>
      each(batch, (r) =>
        r.kind === 'group' ? createMilestone(need(), r) : createIssue(need(), r),
      ),
    update: (batch: UpdateRequest[]) =>
      each(batch, (r) =>
        r.kind === 'group' ? updateMilestone(need(), r) : updateIssue(need(), r),
      ),
    close: (batch: CloseRequest[]) =>
      each(batch, (r) => (r.kind === 'group' ? closeMilestone(need(), r) : closeIssue(need(), r))),
    ref: (item: RemoteItem) => item.ref,
  };
}

export default createGitHubAdapter;
