import type { DesiredItem } from './desired-items.js';
import { keyFeature } from './keys.js';
import type { RemoteItem } from './types.js';

export interface Matching {
  /** The remote item each plan item is, if any. */
  matches: Map<DesiredItem, RemoteItem>;
  /** Marked items of the feature whose key no plan item holds: candidates for closing. */
  orphans: RemoteItem[];
  /** Further items with the key of a matched item (an overlap of two runs, a copy), and the one kept. */
  duplicates: { item: RemoteItem; kept: RemoteItem }[];
  /** Items that carry a marker but were made by someone not allowed to write there. */
  untrusted: RemoteItem[];
}

export interface MatchOptions {
  /** Maps a link to the remote id it points at (the adapter's `parseRef`). */
  parseRef?: (url: string) => { id: string } | null;
}

/**
 * Identity: the link in the plan first (a person who re-points a link wins), then the marker
 * key. Several trusted items with one key converge on the oldest, so two overlapping runs or
 * a copied issue settle on the next push and never flip back.
 */
export function matchItems(
  feature: string,
  items: DesiredItem[],
  remote: RemoteItem[],
  options: MatchOptions = {},
): Matching {
  const untrusted = remote.filter((item) => item.marker && item.trusted === false);
  const trusted = remote.filter((item) => item.trusted !== false);
  // Built on the first link followed: a plan without links never needs them.
  let lookup: Lookup | null = null;
  const byKey = new Map<string, RemoteItem[]>();
  for (const item of trusted) {
    const key = item.marker?.key;
    if (!key || keyFeature(key) !== feature) continue;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  for (const list of byKey.values()) if (list.length > 1) list.sort(oldestFirst);

  const planKeys = new Set(items.map((item) => item.key));
  const claimed = new Set<RemoteItem>();
  const matches = new Map<DesiredItem, RemoteItem>();
  // A link to an item that is not one of this key's own (a person re-pointed it, or it was
  // never plansync's) is followed as it is.
  for (const item of items) {
    if (!item.linkUrl) continue;
    lookup ??= lookupOf(remote);
    const linked = followLink(item, lookup, options);
    if (!linked || claimed.has(linked) || linked.trusted === false) continue;
    // Its own item, or another task's (a copied line): identity by key decides instead.
    if (linked.marker && planKeys.has(linked.marker.key)) continue;
    claimed.add(linked);
    matches.set(item, linked);
  }
  const duplicates: Matching['duplicates'] = [];
  for (const item of items) {
    if (matches.has(item)) continue;
    // The oldest unclaimed item with the key is kept, whichever the plan linked, so runs never
    // flip; the other unclaimed ones are duplicates of it.
    let kept: RemoteItem | undefined;
    for (const candidate of byKey.get(item.key) ?? []) {
      if (claimed.has(candidate)) continue;
      claimed.add(candidate);
      if (kept) {
        duplicates.push({ item: candidate, kept });
      } else {
        kept = candidate;
        matches.set(item, kept);
      }
    }
  }
  const orphans = trusted.filter(
    (item) =>
      !claimed.has(item) &&
      item.marker !== null &&
      keyFeature(item.marker.key) === feature &&
      // A key still in the plan is never closed as removed (its link may point elsewhere now).
      !planKeys.has(item.marker.key),
  );
  return { matches, orphans, duplicates, untrusted };
}

interface Lookup {
  byId: Map<string, RemoteItem>;
  byUrl: Map<string, RemoteItem>;
}

function lookupOf(remote: RemoteItem[]): Lookup {
  const byId = new Map<string, RemoteItem>();
  const byUrl = new Map<string, RemoteItem>();
  for (const item of remote) {
    byId.set(`${item.kind}:${item.id}`, item);
    byUrl.set(normaliseUrl(item.ref.url), item);
  }
  return { byId, byUrl };
}

function followLink(
  item: DesiredItem,
  { byId, byUrl }: Lookup,
  options: MatchOptions,
): RemoteItem | undefined {
  const url = item.linkUrl!;
  const ref = options.parseRef?.(url);
  if (ref) {
    const found = byId.get(`${item.kind}:${ref.id}`);
    if (found) return found;
  }
  return byUrl.get(normaliseUrl(url));
}

function oldestFirst(a: RemoteItem, b: RemoteItem): number {
  const at = a.createdAt ?? '';
  const bt = b.createdAt ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  return compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  const an = Number(a);
  const bn = Number(b);
  if (Number.isFinite(an) && Number.isFinite(bn)) return an - bn;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** URL comparison that ignores case, a trailing slash and http vs https. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  // Trailing slashes dropped by hand: `/\/+$/` retries at every slash of the URL.
  let end = trimmed.length;
  while (end > 0 && trimmed.charCodeAt(end - 1) === 0x2f) end--;
  return trimmed
    .slice(0, end)
    .replace(/^http:\/\//, 'https://')
    .toLowerCase();
}
