/**
 * Relay pagination as Linear does it: `first` (default 50, at most 250) and `after`, with
 * `nodes`, `edges` and `pageInfo`. The listing order is a switch on the fake, so tests can
 * prove a client's results do not depend on it.
 */
import { inputError, NotModelledError } from './errors.js';

export const MAX_PAGE = 250;
export const DEFAULT_PAGE = 50;

export type ListOrder = 'newest-first' | 'oldest-first';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  orderBy?: 'createdAt' | 'updatedAt' | null;
  includeArchived?: boolean | null;
  sort?: unknown;
}

interface Listed {
  id: string;
  createdAt: string;
  updatedAt: string;
  seq: number;
}

export function connection<T extends Listed>(
  records: T[],
  args: ConnectionArgs,
  order: ListOrder,
  view: (record: T) => object,
) {
  if (args.last != null || args.before != null) {
    throw new NotModelledError('backward pagination (last/before)');
  }
  if (args.sort != null) throw new NotModelledError('the sort argument; use orderBy');
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw inputError(
      `first must be between 0 and ${MAX_PAGE}`,
      `Pages hold at most ${MAX_PAGE} items; asked for ${first}.`,
    );
  }
  const key = args.orderBy === 'updatedAt' ? 'updatedAt' : 'createdAt';
  const sign = order === 'newest-first' ? -1 : 1;
  const sorted = [...records].sort(
    (a, b) => sign * (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.seq - b.seq),
  );
  let start = 0;
  if (args.after != null) {
    const at = sorted.findIndex((r) => cursorOf(r) === args.after);
    if (at < 0) throw inputError('Invalid cursor', `The cursor "${args.after}" is not valid.`);
    start = at + 1;
  }
  const page = sorted.slice(start, start + first);
  const last = page[page.length - 1];
  return {
    nodes: page.map(view),
    edges: page.map((r) => ({ cursor: cursorOf(r), node: view(r) })),
    pageInfo: {
      hasNextPage: start + page.length < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: last ? cursorOf(last) : null,
    },
  };
}

/** Linear's cursors are opaque; the fake's are the record's id. */
function cursorOf(record: Listed): string {
  return record.id;
}
