import type { Feature } from '../plan/types.js';

/**
 * Whether the parse's offsets still describe `text`: each task's span still holds its id, each
 * recorded link and phase item is still where it was. Used when the parsed text itself was not
 * kept, to avoid splicing into a file a person edited after it was parsed.
 */
export function sitesStillMatch(text: string, feature: Feature, file: string): boolean {
  const holds = (start: number, end: number, want: (slice: string) => boolean): boolean =>
    start >= 0 && end <= text.length && start <= end && want(text.slice(start, end));

  for (const task of feature.tasks) {
    if (task.linkSite.insertAt < 0) continue;
    if (task.source.file === file) {
      const { start, end } = task.source;
      if (!holds(start.offset, end.offset, (s) => s.includes(task.id))) return false;
    }
    const site = task.linkSite;
    if (site.file !== file) continue;
    if (site.insertAt > text.length) return false;
    const link = site.existing;
    if (link && !holds(link.start, link.end, (s) => s.startsWith(' [') && s.endsWith(')'))) {
      return false;
    }
  }
  for (const phase of feature.phases) {
    const site = phase.linkSite;
    if (!site || site.file !== file) continue;
    if (site.insertAt > text.length) return false;
    for (const item of [site.milestone, site.issues]) {
      const bare = item?.text.replace(/\r?\n$/, '');
      if (item && !holds(item.start, item.end, (s) => s.startsWith(bare ?? ''))) return false;
    }
  }
  return true;
}
