/** The Linear fake's faults: the common ones, matched by operation, and Linear's rate limit. */
import { type CommonFault, createFaultQueue, type FaultTiming } from '../fault-queue.js';

export type LinearFaultSpec = FaultTiming & {
  /** Matched against the operation's name and each root field; any when absent. */
  operation?: string | RegExp;
  /** Only mutations (true) or only queries (false); either when absent. */
  write?: boolean;
} & (
    | CommonFault
    /** Linear's `ratelimited` answer, with the bucket said to be full again after `resetMs`. */
    | { kind: 'ratelimited'; resetMs?: number; retryAfter?: number }
  );

export type LinearFaultKind = LinearFaultSpec['kind'];

export interface FiredFault {
  kind: LinearFaultKind;
  operation: string;
  /** Index into the fake's `requests` of the request it hit. */
  requestIndex: number;
  spec: LinearFaultSpec;
}

export interface RequestShape {
  operation: string;
  rootFields: string[];
  write: boolean;
}

export type LinearFaults = ReturnType<typeof createFaults>;

export function createFaults() {
  return createFaultQueue<LinearFaultSpec, RequestShape, FiredFault>({
    matches,
    record: (spec, request, requestIndex) => ({
      kind: spec.kind,
      operation: request.operation,
      requestIndex,
      spec,
    }),
  });
}

function matches(spec: LinearFaultSpec, request: RequestShape): boolean {
  if (spec.write !== undefined && spec.write !== request.write) return false;
  if (spec.operation === undefined) return true;
  const names = [request.operation, ...request.rootFields];
  const wanted = spec.operation;
  return names.some((name) => (typeof wanted === 'string' ? name === wanted : wanted.test(name)));
}
