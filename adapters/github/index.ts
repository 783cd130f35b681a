import type {
  Adapter,
  AdapterContext,
  CloseRequest,
  CreateRequest,
  KindSpec,
  ReadScope,
  RelateRequest,
  Snapshot,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { resolveBaseUrl } from './base-url.js';
import { createClient } from './client.js';
import { type GitHubConfig, secretVariables } from './config.js';
import { missingLabels } from './ensure-labels.js';
import { canonicalDependencies } from './map.js';
import { parseGitHubRef } from './parse-ref.js';
import { githubFailure } from './read-failure.js';
import { readItems } from './read-items.js';
import { transportPolicy } from '../transport/policy.js';
import type { RepoContext } from './repo-context.js';
import { setDependencies } from './set-dependencies.js';
import { verifyRepo } from './verify.js';
import { closeIssue, createIssue, updateIssue } from './write-issues.js';
import { closeMilestone, createMilestone, updateMilestone } from './write-milestones.js';

export { configSchema, secretVariables } from './config.js';

/** GitHub keeps HTML comments in bodies verbatim and hides them, so the marker lives there. */
const TASK: KindSpec = {
  fields: ['title', 'body', 'state', 'labels', 'group', 'dependsOn'],
  canonical: { dependsOn: canonicalDependencies },
  createClosed: false,
  bodyMarker: 'html-comment',
  maxTitleLength: 256,
};
const GROUP: KindSpec = {
  fields: ['title', 'body', 'state'],
  createClosed: true,
  bodyMarker: 'html-comment',
  maxTitleLength: 255,
};

/**
 * GitHub: phases are milestones, tasks are issues, `depends on` is "blocked by". No bulk API:
 * one write per changed item, serial, paced by Octokit's throttling in real runs.
 */
export function createGitHubAdapter(
  options: Record<string, unknown>,
  context: AdapterContext,
): Adapter {
  const opts = options as unknown as GitHubConfig;
  const variables = opts.tokenEnv ? [opts.tokenEnv] : [...secretVariables];
  const token = variables.map((name) => context.env[name]).find((value) => value);
  const base = resolveBaseUrl(opts.baseUrl, context.env);
  const [owner = '', repo = ''] = String(opts.repo ?? '').split('/');
  const trustedBots = new Set(
    (opts.trustedBots ?? ['github-actions[bot]']).map((b) => b.toLowerCase()),
  );
  const ctx: RepoContext | null =
    token && 'url' in base
      ? {
          client: createClient({
            baseUrl: base.url,
            token,
            throttle: opts.throttle !== false,
            maxWaitSeconds: opts.maxWaitSeconds ?? 900,
            policy: transportPolicy(context.env),
            ...(context.onProgress ? { onProgress: context.onProgress } : {}),
            ...(context.log ? { log: context.log } : {}),
            ...(context.fetch ? { fetch: context.fetch } : {}),
          }),
          owner,
          repo,
          labelColor: opts.labelColor ?? 'c5def5',
          labels: null,
          log: context.log ?? (() => {}),
        }
      : null;
  const failureOptions = { variables, maxWaitSeconds: opts.maxWaitSeconds ?? 900 };
  const need = (): RepoContext => {
    if (!ctx) throw new Error('the GitHub adapter has no token or base URL (see verify())');
    return ctx;
  };
  const each = async <R>(batch: R[], fn: (request: R) => Promise<WriteResult>) => {
    const results: WriteResult[] = [];
    for (const request of batch) results.push(await fn(request));
    return results;
  };

  return {
    name: 'github',
    kinds: { task: TASK, group: GROUP },
    batchSize: 1,
    maxConcurrency: 1,
    verify: () =>
      verifyRepo(ctx, { base, variables, repo: opts.repo, subIssues: opts.subIssues }).catch(
        (error: unknown) => {
          throw githubFailure(error, failureOptions);
        },
      ),
    read: (scope: ReadScope): Promise<Snapshot> =>
      readItems(need(), scope, trustedBots).catch((error: unknown) => {
        throw githubFailure(error, failureOptions);
      }),
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
    relate: (batch: RelateRequest[]) => each(batch, (r) => setDependencies(need(), r)),
    missingLabels: (names: string[]) => missingLabels(need(), names),
    parseRef: (url: string) => parseGitHubRef(url, owner, repo),
  };
}

export const createAdapter = createGitHubAdapter;
export default createGitHubAdapter;
