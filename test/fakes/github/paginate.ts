/**
 * GitHub's page-number pagination: `per_page` (default 30, clamped to 100), `page`, and an
 * RFC 5988 `Link` header whose URLs keep every other query parameter of the request.
 */
export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

export function paginate<T>(all: T[], url: URL): Page<T> {
  const perPage = clamp(intParam(url, 'per_page') ?? 30, 1, 100);
  const page = Math.max(intParam(url, 'page') ?? 1, 1);
  const last = Math.max(Math.ceil(all.length / perPage), 1);
  const items = all.slice((page - 1) * perPage, page * perPage);

  const link = (n: number, rel: string): string => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { items, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function intParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  // GitHub treats per_page=0 like an absent value.
  return n === 0 && name === 'per_page' ? undefined : n;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}
