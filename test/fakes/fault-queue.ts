/**
 * Faults injected on demand, the part every fake shares. Each fault counts only the matching
 * requests that reach it: one an earlier fault already claimed passes it by, so faults added
 * for the same request fire one after another, like a queue. What "matching" means (a path,
 * a GraphQL operation) and what is recorded when one fires is each fake's own.
 */

export interface FaultTiming {
  /** Fire on the nth matching request, counting from 1. Default 1. */
  nth?: number;
  /** How many matching requests in a row to fault. Default 1; `Infinity` for all. */
  times?: number;
}

/** Faults every fake understands, whatever the tracker. */
export type CommonFault =
  /** Answer with this status; the tracker's own error body unless `body` is given. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** An HTML error page (a proxy's, a load balancer's) instead of the API's JSON. */
  | { kind: 'html'; status: number; title?: string }
  /** The write happens, then the connection drops: the client cannot know it succeeded. */
  | { kind: 'drop-after-commit' }
  /** The connection drops before anything is written. */
  | { kind: 'drop-before-commit' }
  /** Answer normally, but only after `ms` milliseconds. */
  | { kind: 'delay'; ms: number }
  /** Accept the request and never answer. */
  | { kind: 'hang' };

export type FaultQueue<S, R, F> = ReturnType<typeof createFaultQueue<S & FaultTiming, R, F>>;

export function createFaultQueue<S extends FaultTiming, R, F>(options: {
  matches: (spec: S, request: R) => boolean;
  record: (spec: S, request: R, requestIndex: number) => F;
}) {
  let entries: { spec: S; seen: number; fired: number }[] = [];
  const fired: F[] = [];
  return {
    add(spec: S): void {
      entries.push({ spec, seen: 0, fired: 0 });
    },
    /** The fault for this request, if one is due; records it as fired. */
    take(request: R, requestIndex: number): S | undefined {
      for (const entry of entries) {
        const { spec } = entry;
        if (entry.fired >= (spec.times ?? 1) || !options.matches(spec, request)) continue;
        entry.seen += 1;
        if (entry.seen < (spec.nth ?? 1)) continue;
        entry.fired += 1;
        fired.push(options.record(spec, request, requestIndex));
        entries = entries.filter((e) => e.fired < (e.spec.times ?? 1));
        return spec;
      }
      return undefined;
    },
    /** Faults that fired, in order. */
    fired,
    /** Faults still waiting to fire. */
    pending: (): S[] => entries.map((e) => e.spec),
    clear(): void {
      entries = [];
      fired.length = 0;
    },
  };
}

/** A method and a path (exact string or pattern) to match; any when absent. */
export function matchesMethodPath(
  spec: { method?: string; path?: RegExp | string },
  method: string,
  path: string,
): boolean {
  if (spec.method && spec.method.toUpperCase() !== method) return false;
  if (spec.path === undefined) return true;
  return typeof spec.path === 'string' ? spec.path === path : spec.path.test(path);
}

/**
 * Plays the common faults that answer before the request is handled. Returns the response
 * to send, or undefined to handle the request (a `delay` has then been waited out).
 */
export async function answerFault(
  fault: { kind: string } | undefined,
  io: {
    /** The tracker's answer for a status, with its own error body. */
    status: (status: number, body: unknown, headers: Record<string, string>) => Response;
    defaultBody: (status: number) => unknown;
    /** Marks the request as dropped in the fake's log. */
    dropped: () => void;
  },
): Promise<Response | undefined> {
  const f = fault as CommonFault | undefined;
  switch (f?.kind) {
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, f.ms));
      return undefined;
    case 'hang':
      return new Promise<Response>(() => {});
    case 'drop-before-commit':
      io.dropped();
      return Response.error();
    case 'status':
      return io.status(f.status, f.body ?? io.defaultBody(f.status), f.headers ?? {});
    case 'html':
      return new Response(htmlPage(f.status, f.title), {
        status: f.status,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    default:
      return undefined;
  }
}

function htmlPage(status: number, title = `${status} Error`): string {
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head>\n<body><h1>${title}</h1><p>The server could not handle the request.</p></body></html>\n`;
}

/** The last fault to play, after the request was handled: the answer is lost. */
export function dropsAfterCommit(fault: { kind: string } | undefined): boolean {
  return fault?.kind === 'drop-after-commit';
}
