import type {
  Adapter,
  AdapterContext,
  CloseRequest,
  CreateRequest,
  KindSpec,
  RelateRequest,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { BULK_CREATE_LIMIT, createJiraApi } from './api.js';
import { createJiraClient } from './client.js';
import { configSchema, type JiraConfig } from './config.js';
import type { JiraContext } from './context.js';
import { lookUpCredentials } from './credentials.js';
import { adfFormat, wikiFormat } from './description.js';
import { jiraLabel } from './map.js';
import { parseJiraRef } from './parse-ref.js';
import { readItems } from './read-items.js';
import { relateIssue } from './relate.js';
import { createSiteLookup } from './site.js';
import { createTransitionFinder } from './transitions.js';
import { verifySite } from './verify.js';
import { closeIssue, createIssues, updateIssue } from './write-issues.js';
import { createVersion, updateVersion } from './write-versions.js';
import { jiraFailure } from './to-failure.js';
import { transportPolicy } from '../transport/policy.js';

export { configSchema, secretVariables } from './config.js';

/** Jira labels hold no spaces, so a tag's label is compared in the form Jira keeps. */
const labels = (values: string[]) => [...new Set(values.map(jiraLabel))].sort();

/**
 * The marker is an issue property, so no kind carries it in the description. Jira cannot
 * create an issue in a done status through bulk create: the core creates, then closes.
 */
const TASK: KindSpec = {
  fields: ['title', 'body', 'state', 'labels', 'group', 'dependsOn'],
  canonical: { labels },
  createClosed: false,
  bodyMarker: 'none',
  maxTitleLength: 255,
};
const EPIC: KindSpec = {
  fields: ['title', 'body', 'state'],
  createClosed: false,
  bodyMarker: 'none',
  maxTitleLength: 255,
};
const VERSION: KindSpec = {
  fields: ['title', 'state'],
  createClosed: true,
  bodyMarker: 'none',
  maxTitleLength: 255,
};

/**
 * Jira, Cloud (REST v3, ADF) or Data Center (REST v2, wiki markup): phases are epics (or fix
 * versions), tasks are issues under them, `depends on` is a `Blocks` link, and creates go 50
 * to a bulk request.
 */
export function createJiraAdapter(
  options: Record<string, unknown>,
  context: AdapterContext,
): Adapter {
  const config = configSchema.parse(options) as JiraConfig;
  const credentials = lookUpCredentials(config, context.env);
  const client = credentials.credentials
    ? createJiraClient({
        host: config.host,
        deployment: config.deployment,
        credentials: credentials.credentials,
        maxWaitSeconds: config.maxWaitSeconds,
        policy: transportPolicy(context.env),
        ...(context.onProgress ? { onProgress: context.onProgress } : {}),
        ...(context.log ? { log: context.log } : {}),
        ...(context.fetch ? { fetch: context.fetch } : {}),
      })
    : null;
  const api = client ? createJiraApi(client) : null;
  const ctx: JiraContext | null = api
    ? {
        api,
        config,
        format: config.deployment === 'cloud' ? adfFormat : wikiFormat,
        site: createSiteLookup(api, config),
        moveTo: createTransitionFinder(api),
      }
    : null;
  const need = (): JiraContext => {
    if (!ctx)
      throw new Error(
        `the Jira adapter has no credentials: set ${credentials.missing.join(' and ')}`,
      );
    return ctx;
  };
  const versions = config.phaseAs === 'version';
  const isVersion = (kind: string) => versions && kind === 'group';
  const each = async <R>(batch: R[], fn: (request: R) => Promise<WriteResult>) => {
    const results: WriteResult[] = [];
    for (const request of batch) results.push(await fn(request));
    return results;
  };

  return {
    name: 'jira',
    kinds: { task: TASK, group: versions ? VERSION : EPIC },
    batchSize: BULK_CREATE_LIMIT,
    verify: () => verifySite(ctx?.site ?? null, credentials, config),
    read: (scope) =>
      readItems(need(), scope).catch((error: unknown) => {
        throw jiraFailure(error, { variables: credentials.variables });
      }),
    create: async (batch: CreateRequest[]) => {
      const issues = batch.filter((r) => !isVersion(r.kind));
      const created = issues.length > 0 ? await createIssues(need(), issues) : [];
      const results = new Map(created.map((r) => [r.key, r]));
      for (const request of batch.filter((r) => isVersion(r.kind))) {
        results.set(request.key, await createVersion(need(), request));
      }
      return batch.map((r) => results.get(r.key)!);
    },
    update: (batch: UpdateRequest[]) =>
      each(batch, (r) =>
        isVersion(r.kind) ? updateVersion(need(), r, r.fields.state) : updateIssue(need(), r),
      ),
    close: (batch: CloseRequest[]) =>
      each(batch, (r) =>
        isVersion(r.kind) ? updateVersion(need(), r, 'closed') : closeIssue(need(), r),
      ),
    relate: (batch: RelateRequest[]) => each(batch, (r) => relateIssue(need(), r)),
    parseRef: (url: string) => parseJiraRef(url, config.host),
  };
}

export const createAdapter = createJiraAdapter;
export default createJiraAdapter;
