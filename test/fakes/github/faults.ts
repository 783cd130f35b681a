/** The GitHub fake's faults: the common ones, matched by method and path, and a few of GitHub's own. */
import {
  type CommonFault,
  createFaultQueue,
  type FaultTiming,
  matchesMethodPath,
} from '../fault-queue.js';

export type FaultSpec = FaultTiming & {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Path (without query) to match: exact when a string; any when absent. */
  path?: RegExp | string;
} & (
    | CommonFault
    | { kind: 'secondary-rate-limit'; retryAfter?: number }
    /** Answer normally, with a `Link: <next>; rel="next"` header pointing wherever `next` says. */
    | { kind: 'link'; next: string }
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

export type Faults = ReturnType<typeof createFaults>;

export function createFaults() {
  const queue = createFaultQueue<FaultSpec, { method: string; path: string }, FiredFault>({
    matches: (spec, r) => matchesMethodPath(spec, r.method, r.path),
    record: (spec, r, requestIndex) => ({ kind: spec.kind, ...r, requestIndex, spec }),
  });
  return {
    ...queue,
    take: (method: string, path: string, requestIndex: number) =>
      queue.take({ method, path }, requestIndex),
  };
}
