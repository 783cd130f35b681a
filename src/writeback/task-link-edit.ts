import type { TaskLinkSite } from '../plan/types.js';
import type { Ref } from '../diff/types.js';
import { formatLink, sameLink } from './format-link.js';
import type { Edit } from './types.js';

/** The edit that makes a task line end with ` [ref.text](ref.url)`, or null when it already does. */
export function taskLinkEdit(site: TaskLinkSite, ref: Ref): Edit | null {
  const text = ` ${formatLink(ref)}`;
  const existing = site.existing;
  if (existing === null) return { start: site.insertAt, end: site.insertAt, text };
  if (sameLink(existing, ref)) return null;
  return { start: existing.start, end: existing.end, text };
}
