/**
 * Phases as fix versions (`jira.phaseAs: "version"`). A version has no properties, so its
 * marker is the last line of its description, as plain text; the versions of a project come
 * in one consistent read, so no index lag applies.
 */
import type { JiraApi } from './api.js';
import type { WireVersion } from './wire.js';

const MARKER_LINE = /(?:^|\n)(plansync:v1 key=\S+ h=\S*)\s*$/;

export function versionMarker(version: WireVersion): string | null {
  return MARKER_LINE.exec(version.description ?? '')?.[1] ?? null;
}

/** The description plansync writes: a line naming what the version is for, then the marker. */
export function versionDescription(summary: string, marker: string): string {
  // Jira limits version descriptions; the summary gives way, the marker never does.
  const room = 1000 - marker.length - 1;
  return `${summary.slice(0, Math.max(room, 0))}\n${marker}`;
}

export async function readVersions(api: JiraApi, project: string): Promise<WireVersion[]> {
  return api.versions(project);
}

export function versionUrl(host: string, project: string, id: string): string {
  return `${host.replace(/\/+$/, '')}/projects/${project}/versions/${id}`;
}
