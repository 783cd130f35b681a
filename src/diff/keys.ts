/** Stable identities: `<feature>/T012` for a task, `<feature>/phase-2` for a phase group. */
export function taskKey(feature: string, taskId: string): string {
  return `${feature}/${taskId}`;
}

export function groupKey(feature: string, phaseNumber: string): string {
  return `${feature}/phase-${phaseNumber}`;
}

/** The feature's container (a Linear project): `<feature>/feature`. */
export function containerKey(feature: string): string {
  return `${feature}/feature`;
}

/** The feature part of a key (everything before the last `/`). */
export function keyFeature(key: string): string {
  const slash = key.lastIndexOf('/');
  return slash === -1 ? '' : key.slice(0, slash);
}
