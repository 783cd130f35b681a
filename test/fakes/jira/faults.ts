/**
 * Faults injected on demand. Each fault counts only the matching requests that reach it:
 * one an earlier fault already claimed passes it by, so faults added for the same request
 * fire one after another, like a queue.
 */
export type JiraFaultSpec = {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Full path (without query), e.g. `/rest/api/3/issue/bulk`: exact when a string. */
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
  /** 429 with `Retry-After` seconds; nothing is done. */
  | { kind: 'rate-limit'; retryAfter?: number }
  /** Answer normally, but only after `ms` milliseconds. */
  | { kind: 'delay'; ms: number }
);

export type JiraFaultKind = JiraFaultSpec['kind'];

export interface FiredFault {
  kind: JiraFaultKind;
  method: string;
  path: string;
  /** Index into the fake's `requests` of the request it hit. */
  requestIndex: number;
}

interface Entry {
  spec: JiraFaultSpec;
  seen: number;
  fired: number;
}

export type JiraFaults = ReturnType<typeof createJiraFaults>;

export function createJiraFaults() {
  let entries: Entry[] = [];
  const fired: FiredFault[] = [];
  return {
    add(spec: JiraFaultSpec): void {
      entries.push({ spec, seen: 0, fired: 0 });
    },
    /** The fault for this request, if one is due; records it as fired. */
    take(method: string, path: string, requestIndex: number): JiraFaultSpec | undefined {
      for (const entry of entries) {
        const { spec } = entry;
        if (entry.fired >= (spec.times ?? 1) || !matches(spec, method, path)) continue;
        entry.seen += 1;
        if (entry.seen < (spec.nth ?? 1)) continue;
        entry.fired += 1;
        fired.push({ kind: spec.kind, method, path, requestIndex });
        entries = entries.filter((e) => e.fired < (e.spec.times ?? 1));
        return spec;
      }
      return undefined;
    },
    fired,
    pending: (): JiraFaultSpec[] => entries.map((e) => e.spec),
    clear(): void {
      entries = [];
      fired.length = 0;
    },
  };
}

function matches(spec: JiraFaultSpec, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  if (spec.path === undefined) return true;
  return typeof spec.path === 'string' ? spec.path === path : spec.path.test(path);
}
