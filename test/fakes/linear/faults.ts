/**
 * Faults injected on demand, matched by operation. Each fault counts only the matching
 * requests that reach it: faults added for the same request fire one after another.
 */
export type LinearFaultSpec = {
  /** Matched against the operation's name and each root field; any when absent. */
  operation?: string | RegExp;
  /** Only mutations (true) or only queries (false); either when absent. */
  write?: boolean;
  /** Fire on the nth matching request, counting from 1. Default 1. */
  nth?: number;
  /** How many matching requests in a row to fault. Default 1; `Infinity` for all. */
  times?: number;
} & (
  | { kind: 'status'; status: number; body?: unknown }
  /** The write happens, then the connection drops: the client cannot know it succeeded. */
  | { kind: 'drop-after-commit' }
  /** The connection drops before anything is written. */
  | { kind: 'drop-before-commit' }
  /** Linear's `ratelimited` answer, with the bucket said to be full again after `resetMs`. */
  | { kind: 'ratelimited'; resetMs?: number }
  /** Answer normally, but only after `ms` milliseconds. */
  | { kind: 'delay'; ms: number }
);

export type LinearFaultKind = LinearFaultSpec['kind'];

export interface FiredFault {
  kind: LinearFaultKind;
  operation: string;
  /** Index into the fake's `requests` of the request it hit. */
  requestIndex: number;
  spec: LinearFaultSpec;
}

interface Entry {
  spec: LinearFaultSpec;
  seen: number;
  fired: number;
}

export interface RequestShape {
  operation: string;
  rootFields: string[];
  write: boolean;
}

export type LinearFaults = ReturnType<typeof createFaults>;

export function createFaults() {
  let entries: Entry[] = [];
  const fired: FiredFault[] = [];

  return {
    add(spec: LinearFaultSpec): void {
      entries.push({ spec, seen: 0, fired: 0 });
    },
    /** The fault for this request, if one is due; records it as fired. */
    take(request: RequestShape, requestIndex: number): LinearFaultSpec | undefined {
      for (const entry of entries) {
        const { spec } = entry;
        if (entry.fired >= (spec.times ?? 1) || !matches(spec, request)) continue;
        entry.seen += 1;
        if (entry.seen < (spec.nth ?? 1)) continue;
        entry.fired += 1;
        fired.push({ kind: spec.kind, operation: request.operation, requestIndex, spec });
        entries = entries.filter((e) => e.fired < (e.spec.times ?? 1));
        return spec;
      }
      return undefined;
    },
    /** Faults that fired, in order. */
    fired,
    /** Faults still waiting to fire. */
    pending: (): LinearFaultSpec[] => entries.map((e) => e.spec),
    clear(): void {
      entries = [];
      fired.length = 0;
    },
  };
}

function matches(spec: LinearFaultSpec, request: RequestShape): boolean {
  if (spec.write !== undefined && spec.write !== request.write) return false;
  if (spec.operation === undefined) return true;
  const names = [request.operation, ...request.rootFields];
  const wanted = spec.operation;
  return names.some((name) => (typeof wanted === 'string' ? name === wanted : wanted.test(name)));
}
