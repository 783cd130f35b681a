import { createHash } from 'node:crypto';

/**
 * A UUID derived from the key, for trackers that take a client-chosen id on create (Linear's
 * `IssueCreateInput.id`): the same key always gives the same id, so a create sent twice after
 * a dropped connection is refused as a duplicate instead of making a second item.
 */
export function clientIdFor(key: string, namespace = ''): string {
  // The namespace (the repository's address) keeps two repositories with the same feature ids
  // from claiming each other's ids in one workspace.
  const hex = createHash('sha256').update(`plansync\0${namespace}\0${key}`).digest('hex');
  // Shaped as a version-5-style UUID (name-based), which trackers validate as a UUID.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
