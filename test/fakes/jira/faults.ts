/** The Jira fake's faults: the common ones, matched by method and full path, and Jira's 429. */
import {
  type CommonFault,
  createFaultQueue,
  type FaultTiming,
  matchesMethodPath,
} from '../fault-queue.js';

export type JiraFaultSpec = FaultTiming & {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Full path (without query), e.g. `/rest/api/3/issue/bulk`: exact when a string. */
  path?: RegExp | string;
} & (
    | CommonFault
    /** 429 with `Retry-After` seconds; nothing is done. */
    | { kind: 'rate-limit'; retryAfter?: number }
  );

export type JiraFaultKind = JiraFaultSpec['kind'];

export interface FiredFault {
  kind: JiraFaultKind;
  method: string;
  path: string;
  /** Index into the fake's `requests` of the request it hit. */
  requestIndex: number;
}

export type JiraFaults = ReturnType<typeof createJiraFaults>;

export function createJiraFaults() {
  const queue = createFaultQueue<JiraFaultSpec, { method: string; path: string }, FiredFault>({
    matches: (spec, r) => matchesMethodPath(spec, r.method, r.path),
    record: (spec, r, requestIndex) => ({ kind: spec.kind, ...r, requestIndex }),
  });
  return {
    ...queue,
    take: (method: string, path: string, requestIndex: number) =>
      queue.take({ method, path }, requestIndex),
  };
}
