/**
 * Faults injected on demand. Each fault counts only the matching requests that reach it:
 * one an earlier fault already claimed passes it by, so faults added for the same request
 * fire one after another, like a queue.
 */
export type FaultSpec = {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Path (without query) to match: exact when a string; any when absent. */
  path?: RegExp | string;
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
  | { kind: 'secondary-rate-limit'; retryAfter?: number }
  /** Answer normally, but only after `ms` milliseconds. */
  | { kind: 'delay'; ms: number }
);

export type FaultKind = FaultSpec['kind'];

export interface FiredFault {
  kind: FaultKind;
  method: string;
  path: string;
  /** Index into the fake's `requests` of the request it hit. */
  requestIndex: number;
  spec: FaultSpec;
}

interface Entry {
  spec: FaultSpec;
  seen: number;
  fired: number;
}

export type Faults = ReturnType<typeof createFaults>;

export function createFaults() {
  let entries: Entry[] = [];
  const fired: FiredFault[] = [];

  return {
    add(spec: FaultSpec): void {
      entries.push({ spec, seen: 0, fired: 0 });
    },
    /** The fault for this request, if one is due; records it as fired. */
    take(method: string, path: string, requestIndex: number): FaultSpec | undefined {
      for (const entry of entries) {
        const { spec } = entry;
        const nth = spec.nth ?? 1;
        const times = spec.times ?? 1;
        if (entry.fired >= times || !matches(spec, method, path)) continue;
        entry.seen += 1;
        if (entry.seen < nth) continue;
        entry.fired += 1;
        fired.push({ kind: spec.kind, method, path, requestIndex, spec });
        entries = entries.filter((e) => e.fired < (e.spec.times ?? 1));
        return spec;
      }
      return undefined;
    },
    /** Faults that fired, in order. */
    fired,
    /** Faults still waiting to fire. */
    pending: (): FaultSpec[] => entries.map((e) => e.spec),
    clear(): void {
      entries = [];
      fired.length = 0;
    },
  };
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  if (spec.path === undefined) return true;
  return typeof spec.path === 'string' ? spec.path === path : spec.path.test(path);
}
