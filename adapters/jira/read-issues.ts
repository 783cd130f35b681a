/**
 * Every issue plansync may own in the project, read so that nothing just created is missed.
 * One bounded JQL (the project and plansync's label) reads what the index has; then the key
 * sequence after the highest key seen is walked with consistent fetches, which finds issues
 * created seconds ago (a dropped bulk create, a crash) that search cannot see yet. Issues the
 * plan links to are fetched by key when neither found them.
 */
import type { JiraApi, Selection } from './api.js';
import { PROPERTY_KEY } from './marker-property.js';
import { keyNumber, scanKeysAfter } from './scan-keys.js';
import type { WireIssue } from './wire.js';

export interface ReadIssuesOptions {
  project: string;
  label: string;
  fields: string[];
  /** Keys the plan links to, found even without a marker. */
  linked: string[];
}

export async function readIssues(api: JiraApi, options: ReadIssuesOptions): Promise<WireIssue[]> {
  const { project, label } = options;
  const selection: Selection = { fields: options.fields, properties: [PROPERTY_KEY] };
  const byKey = new Map<string, WireIssue>();
  const indexed = await api.search(
    `project = ${quote(project)} AND labels = ${quote(label)} ORDER BY key DESC`,
    selection,
  );
  for (const issue of indexed) byKey.set(issue.key, issue);

  let after = Math.max(0, ...indexed.map((i) => keyNumber(i.key)));
  if (after === 0) {
    // Nothing of ours is indexed yet: start from the project's newest indexed issue rather
    // than walk every key of a project that has been in use for years.
    const newest = await api.searchFirst(`project = ${quote(project)} ORDER BY key DESC`);
    after = newest ? keyNumber(newest.key) : 0;
  }
  const linked = new Set(options.linked);
  for (const issue of await scanKeysAfter(api, project, after, selection)) {
    // Newer than the index: the fresher copy wins. Others' new issues are left alone.
    if (issue.properties?.[PROPERTY_KEY] !== undefined || linked.has(issue.key)) {
      byKey.set(issue.key, issue);
    }
  }

  const missing = options.linked.filter((key) => !byKey.has(key));
  if (missing.length > 0) {
    for (const issue of (await api.fetchByKeys(missing, selection)).issues)
      byKey.set(issue.key, issue);
  }
  return [...byKey.values()].sort((a, b) => keyNumber(a.key) - keyNumber(b.key));
}

/** JQL values are quoted so a key or label can never be read as a keyword. */
function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}
