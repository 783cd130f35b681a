import type {
  Adapter,
  AdapterContext,
  CloseRequest,
  CreateRequest,
  KindSpec,
  ReadScope,
  RelateRequest,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { createTransport } from './client.js';
import { linearFailure } from './failure.js';
import { transportPolicy } from '../transport/policy.js';
import { type LinearConfig, resolveApiUrl, secretVariables } from './config.js';
import type { LinearContext } from './context.js';
import { missingLabels } from './ensure-labels.js';
import { canonicalBody, canonicalLabels } from './map.js';
import { parseLinearRef } from './parse-ref.js';
import { MAX_BATCH } from './queries.js';
import { readItems } from './read-items.js';
import { recoverItems } from './recover.js';
import { relateIssues } from './relate.js';
import { verifyTeam } from './verify.js';
import { createContainer, createGroup, writeGroup } from './write-groups.js';
import { closeIssue, createIssues, updateIssue } from './write-issues.js';

export { configSchema, secretVariables } from './config.js';

/**
 * Linear stores descriptions in its own document format and drops HTML comments on the way
 * in, so the marker is a plain-text footer line at the end of the owned region, where it
 * survives the round trip and text people add after it is kept. Every item is also created
 * with the id the core derives from its key: a create sent again cannot duplicate, and
 * recovery looks an issue up by that id.
 */
const TASK: KindSpec = {
  fields: ['title', 'body', 'state', 'labels', 'group', 'dependsOn'],
  canonical: { body: canonicalBody, labels: canonicalLabels },
  createClosed: true,
  bodyMarker: 'text',
  maxTitleLength: 255,
};
/** Project milestones have no state; a removed phase keeps its milestone. */
const GROUP: KindSpec = {
  fields: ['title', 'body'],
  canonical: { body: canonicalBody },
  createClosed: true,
  bodyMarker: 'text',
  maxTitleLength: 80,
};
const CONTAINER: KindSpec = {
  fields: ['title', 'body'],
  canonical: { body: canonicalBody },
  createClosed: true,
  bodyMarker: 'text',
  maxTitleLength: 80,
};

/**
 * Linear: a feature is a project (or every feature goes into `linear.project`), a phase a
 * project milestone, a task an issue of the team, `depends on` a `blocks` relation. Issues
 * are created 50 at a time with `issueBatchCreate`.
 */
export function createLinearAdapter(
  options: Record<string, unknown>,
  context: AdapterContext,
): Adapter {
  const config = options as unknown as LinearConfig;
  const variable = config.apiKeyEnv ?? secretVariables[0];
  const apiKey = context.env[variable];
  const apiUrl = resolveApiUrl(config.apiUrl, context.env);
  const ctx: LinearContext | null =
    apiKey && 'url' in apiUrl
      ? {
          transport: createTransport({
            apiKey,
            apiUrl: apiUrl.url,
            maxWaitSeconds: config.maxWaitSeconds ?? 900,
            policy: transportPolicy(context.env),
            ...(context.fetch ? { fetch: context.fetch } : {}),
            ...(context.onProgress ? { onProgress: context.onProgress } : {}),
            ...(context.log ? { log: context.log } : {}),
          }),
          config: { ...config, maxWaitSeconds: config.maxWaitSeconds ?? 900 },
          team: null,
          projectId: null,
          labels: null,
          log: context.log ?? (() => {}),
        }
      : null;
  const need = (): LinearContext => {
    if (!ctx) throw new Error('the Linear adapter has no API key or URL (see verify())');
    return ctx;
  };
  const each = async <R>(batch: R[], fn: (request: R) => Promise<WriteResult>) => {
    const results: WriteResult[] = [];
    for (const request of batch) results.push(await fn(request));
    return results;
  };

  return {
    name: 'linear',
    // With `linear.project`, every feature lives in that project and none gets its own.
    kinds: config.project
      ? { task: TASK, group: GROUP }
      : { task: TASK, group: GROUP, container: CONTAINER },
    batchSize: MAX_BATCH,
    maxConcurrency: 1,
    verify: () => verifyTeam(ctx, { apiUrl, variable }),
    read: (scope: ReadScope) =>
      readItems(need(), scope).catch((error: unknown) => {
        throw linearFailure(error, { variables: [variable] });
      }),
    create: async (batch: CreateRequest[]) => {
      const tasks = batch.filter((r) => r.kind === 'task');
      const created = new Map<string, WriteResult>();
      if (tasks.length > 0) {
        for (const result of await createIssues(need(), tasks)) created.set(result.key, result);
      }
      for (const request of batch.filter((r) => r.kind !== 'task')) {
        created.set(
          request.key,
          request.kind === 'container'
            ? await createContainer(need(), request)
            : await createGroup(need(), request),
        );
      }
      return batch.map((r) => created.get(r.key)!);
    },
    update: (batch: UpdateRequest[]) =>
      each(batch, (r) =>
        r.kind === 'task' ? updateIssue(need(), r) : writeGroup(need(), r, 'updated'),
      ),
    close: (batch: CloseRequest[]) =>
      each(batch, (r) =>
        r.kind === 'task' ? closeIssue(need(), r) : writeGroup(need(), r, 'closed'),
      ),
    relate: (batch: RelateRequest[]) => relateIssues(need(), batch),
    missingLabels: (names: string[]) => missingLabels(need(), names),
    recover: (requests: CreateRequest[]) => recoverItems(need(), requests),
    parseRef: parseLinearRef,
  };
}

export const createAdapter = createLinearAdapter;
export default createLinearAdapter;
