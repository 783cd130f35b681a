/**
 * What the adapter learns about the Jira site once per run: the project (its id and issue
 * types) and, on Data Center, the Epic Link and Epic Name fields. Looked up lazily and kept
 * for the run, so verify, read and the writes share one lookup.
 */
import type { JiraApi } from './api.js';
import { findEpicFields, type EpicFields } from './epic-fields.js';
import type { WireProject } from './wire.js';

export interface Site {
  project: WireProject;
  /** Data Center's epic custom fields; null on Cloud, or when tasks join epics through `parent`. */
  epicFields: EpicFields | null;
}

export function createSiteLookup(
  api: JiraApi,
  options: { project: string; phaseAs: 'epic' | 'version' },
) {
  let site: Promise<Site> | undefined;
  return function lookUp(): Promise<Site> {
    site ??= (async () => {
      const project = await api.project(options.project);
      // Cloud and versions need no custom fields: one read fewer.
      const needsFields = !api.cloud && options.phaseAs === 'epic';
      const epicFields = needsFields ? findEpicFields(await api.fields()) : null;
      return { project, epicFields };
    })();
    site.catch(() => (site = undefined));
    return site;
  };
}
