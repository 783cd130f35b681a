/**
 * The Jira operations the adapter uses, one function each, the same for both deployments
 * where Jira is the same, and split where it is not: Cloud searches with `search/jql` and
 * `nextPageToken` and fetches many issues at once with `bulkfetch`; Data Center searches with
 * `startAt` and fetches one issue at a time.
 */
import type { JiraClient } from './client.js';
import { JiraError } from './jira-error.js';
import type {
  IssueUpdate,
  WireCreated,
  WireField,
  WireIssue,
  WireProject,
  WireTransition,
  WireVersion,
} from './wire.js';

/** Largest page either search gives with fields asked for. */
export const SEARCH_PAGE = 100;
/** Jira's limit for one bulk create. */
export const BULK_CREATE_LIMIT = 50;
/** Jira Cloud's limit for one bulk fetch. */
export const BULK_FETCH_LIMIT = 100;

export interface Selection {
  fields: string[];
  properties: string[];
}

export type JiraApi = ReturnType<typeof createJiraApi>;

export function createJiraApi(client: JiraClient) {
  const cloud = client.deployment === 'cloud';

  async function search(jql: string, selection: Selection): Promise<WireIssue[]> {
    const issues: WireIssue[] = [];
    if (cloud) {
      let nextPageToken: string | undefined;
      do {
        const page = await client.request<{ issues?: WireIssue[]; nextPageToken?: string }>(
          'search',
          {
            method: 'POST',
            path: '/search/jql',
            data: {
              jql,
              ...selection,
              maxResults: SEARCH_PAGE,
              ...(nextPageToken ? { nextPageToken } : {}),
            },
          },
          { idempotent: true },
        );
        issues.push(...(page.issues ?? []));
        nextPageToken = page.nextPageToken ?? undefined;
      } while (nextPageToken);
      return issues;
    }
    for (let startAt = 0; ;) {
      const page = await client.request<{ issues?: WireIssue[]; total?: number }>(
        'search',
        {
          method: 'POST',
          path: '/search',
          data: { jql, ...selection, startAt, maxResults: SEARCH_PAGE },
        },
        { idempotent: true },
      );
      const got = page.issues ?? [];
      issues.push(...got);
      startAt += got.length;
      if (got.length === 0 || startAt >= (page.total ?? 0)) return issues;
    }
  }

  /** Issues by key, read consistently (never through the search index); missing keys apart. */
  async function fetchByKeys(
    keys: string[],
    selection: Selection,
  ): Promise<{ issues: WireIssue[]; missing: string[] }> {
    const issues: WireIssue[] = [];
    const missing: string[] = [];
    if (cloud) {
      for (let i = 0; i < keys.length; i += BULK_FETCH_LIMIT) {
        const chunk = keys.slice(i, i + BULK_FETCH_LIMIT);
        const res = await client.request<{ issues?: WireIssue[]; issueErrors?: { id?: string }[] }>(
          'bulk fetch',
          {
            method: 'POST',
            path: '/issue/bulkfetch',
            data: { issueIdsOrKeys: chunk, ...selection },
          },
          { idempotent: true },
        );
        issues.push(...(res.issues ?? []));
        const found = new Set((res.issues ?? []).map((issue) => issue.key));
        missing.push(...chunk.filter((key) => !found.has(key)));
      }
      return { issues, missing };
    }
    for (const key of keys) {
      try {
        issues.push(
          await client.request<WireIssue>(`get ${key}`, {
            method: 'GET',
            path: `/issue/${encodeURIComponent(key)}`,
            params: {
              fields: selection.fields.join(','),
              properties: selection.properties.join(','),
            },
          }),
        );
      } catch (error) {
        if (error instanceof JiraError && error.status === 404) missing.push(key);
        else throw error;
      }
    }
    return { issues, missing };
  }

  /** The first issue a query finds (by its ORDER BY), or undefined: one request. */
  async function searchFirst(jql: string): Promise<WireIssue | undefined> {
    const data = { jql, fields: ['key'], maxResults: 1 };
    const page = await client.request<{ issues?: WireIssue[] }>(
      'search',
      cloud
        ? { method: 'POST', path: '/search/jql', data }
        : { method: 'POST', path: '/search', data: { ...data, startAt: 0 } },
      { idempotent: true },
    );
    return page.issues?.[0];
  }

  return {
    cloud,
    search,
    searchFirst,
    fetchByKeys,
    project: (key: string) =>
      client.request<WireProject>('project', {
        method: 'GET',
        path: `/project/${encodeURIComponent(key)}`,
      }),
    fields: () => client.request<WireField[]>('fields', { method: 'GET', path: '/field' }),
    createIssues: (issueUpdates: IssueUpdate[]) =>
      client.request<WireCreated>('bulk create', {
        method: 'POST',
        path: '/issue/bulk',
        data: { issueUpdates },
      }),
    editIssue: (key: string, body: IssueUpdate) =>
      client.request<void>(`edit ${key}`, { method: 'PUT', path: `/issue/${key}`, data: body }),
    transitions: (key: string) =>
      client
        .request<{ transitions?: WireTransition[] }>(`transitions of ${key}`, {
          method: 'GET',
          path: `/issue/${key}/transitions`,
        })
        .then((res) => res.transitions ?? []),
    /** Moves an issue through a transition; fields, a comment and properties go in the same request. */
    transition: (key: string, transitionId: string, body: IssueUpdate) =>
      client.request<void>(`transition ${key}`, {
        method: 'POST',
        path: `/issue/${key}/transitions`,
        data: { transition: { id: transitionId }, ...body },
      }),
    comment: (key: string, body: unknown) =>
      client.request<unknown>(`comment on ${key}`, {
        method: 'POST',
        path: `/issue/${key}/comment`,
        data: { body },
      }),
    /**
     * Records that `blocker` blocks `dependent`. Jira reads the request's `inwardIssue` as the
     * side the outward words ("blocks") belong to, which is the reverse of what the names
     * suggest: the dependent then shows the blocker under "is blocked by".
     */
    linkBlocks: (blocker: string, dependent: string) =>
      client.request<void>(`link ${blocker} blocks ${dependent}`, {
        method: 'POST',
        path: '/issueLink',
        data: {
          type: { name: 'Blocks' },
          inwardIssue: { key: blocker },
          outwardIssue: { key: dependent },
        },
      }),
    deleteLink: (id: string) =>
      client.request<void>(`unlink ${id}`, { method: 'DELETE', path: `/issueLink/${id}` }),
    versions: (projectKey: string) =>
      client.request<WireVersion[]>('versions', {
        method: 'GET',
        path: `/project/${encodeURIComponent(projectKey)}/versions`,
      }),
    createVersion: (projectId: string, name: string, description: string) =>
      client.request<WireVersion>(`create version ${name}`, {
        method: 'POST',
        path: '/version',
        data: { projectId: Number(projectId), name, description },
      }),
    updateVersion: (id: string, body: WireVersion) =>
      client.request<WireVersion>(`update version ${id}`, {
        method: 'PUT',
        path: `/version/${id}`,
        data: body,
      }),
  };
}
