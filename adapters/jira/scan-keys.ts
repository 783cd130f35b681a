/**
 * Finds the issues created after a known key by walking the project's key sequence with
 * consistent reads. Jira's search index lags writes by seconds, so after a dropped create or
 * a crash the newest issues are invisible to JQL; their keys, though, follow the highest key
 * search did see, and fetching by key is immediate.
 */
import { BULK_FETCH_LIMIT, type JiraApi, type Selection } from './api.js';
import type { WireIssue } from './wire.js';

export function keyNumber(key: string): number {
  const n = Number(key.slice(key.lastIndexOf('-') + 1));
  return Number.isInteger(n) ? n : 0;
}

/**
 * Issues `PROJECT-(after+1)`, `PROJECT-(after+2)`, … up to the end of the sequence. On Cloud
 * a page of 100 keys costs one request, and the walk stops at the first page whose last key
 * does not exist (a deleted issue in the middle does not stop it). Data Center has no bulk
 * fetch, so it reads key by key and stops at the first missing one.
 */
export async function scanKeysAfter(
  api: JiraApi,
  project: string,
  after: number,
  selection: Selection,
): Promise<WireIssue[]> {
  const found: WireIssue[] = [];
  const page = api.cloud ? BULK_FETCH_LIMIT : 1;
  for (let start = after + 1; ; start += page) {
    const keys = Array.from({ length: page }, (_, i) => `${project}-${start + i}`);
    const { issues, missing } = await api.fetchByKeys(keys, selection);
    found.push(...issues);
    if (missing.includes(keys[keys.length - 1]!)) return found;
  }
}
