import { EXIT, type ExitCode } from './exit-codes.js';

/** One entry per error code: the message, how to fix it, and the exit code it ends with. */
const CATALOGUE = {
  'unknown-tracker': {
    exit: EXIT.badInput,
    message: (d: { name: string; known: string[] }) =>
      `Unknown tracker "${d.name}". Use one of: ${d.known.join(', ')}, or an installed adapter package.`,
    hint: () =>
      'Set "tracker" in your .planrc or pass --tracker. A third-party adapter is an npm package name, e.g. "plansync-adapter-gitlab".',
  },
  'no-tracker': {
    exit: EXIT.badInput,
    message: () => 'No tracker is configured.',
    hint: (d: { known: string[] }) =>
      `Add "tracker": "${d.known[0] ?? 'github'}" to .planrc.json (run "plansync init"), or pass --tracker <name>. Available: ${d.known.join(', ')}.`,
  },
  'adapter-load-failed': {
    exit: EXIT.badInput,
    message: (d: { name: string; reason: string }) =>
      `Could not load the adapter package "${d.name}": ${d.reason}`,
    hint: (d: { name: string }) =>
      `Install it next to plansync (npm install --save-dev ${d.name}); it must export a factory as default or as createAdapter.`,
  },
  'invalid-config': {
    exit: EXIT.badInput,
    message: (d: { file: string; problems: string[] }) =>
      `Invalid configuration in ${d.file}:\n${d.problems.map((p) => `  ${d.file}: ${p}`).join('\n')}`,
    hint: () => 'Every option is described in .planrc.example.',
  },
  'config-unreadable': {
    exit: EXIT.badInput,
    message: (d: { file: string; reason: string }) => `Cannot read ${d.file}: ${d.reason}`,
    hint: () => 'Fix the syntax of the file, or pass another one with --config.',
  },
  'no-plans': {
    exit: EXIT.badInput,
    message: (d: { patterns: string[] }) =>
      `No plan documents found (looked for ${d.patterns.join(', ')}).`,
    hint: () =>
      'Pass the feature folders or plan.md/tasks.md files to use, or set "plans" in .planrc (e.g. ["specs/*"]).',
  },
  'invalid-plan': {
    exit: EXIT.badInput,
    message: (d: { count: number }) =>
      `${d.count} ${d.count === 1 ? 'problem' : 'problems'} in the plan; nothing was changed.`,
    hint: () => 'Fix the problems above, then run again. "plansync lint" checks a plan on its own.',
  },
  'missing-token': {
    exit: EXIT.auth,
    message: (d: { tracker: string; variables: string[] }) =>
      `No ${d.tracker} token: set ${d.variables.join(' or ')} in the environment.`,
    hint: () => 'Tokens are read only from the environment, never from config files.',
  },
  'auth-failed': {
    exit: EXIT.auth,
    message: (d: { tracker: string; detail: string }) =>
      `${d.tracker} rejected the credentials: ${d.detail}`,
    hint: (d: { variables: string[] }) =>
      `Check that ${d.variables.join(' / ')} holds a valid, unexpired token with access to the target.`,
  },
  'tracker-unavailable': {
    exit: EXIT.failure,
    message: (d: { tracker: string; status: string; attempts: string }) =>
      `${d.tracker} answered ${d.status} on every attempt (${d.attempts}); try again later`,
    hint: () =>
      'The tracker is failing on its side (see its status page). Nothing is lost: run the same command again later.',
  },
  'tracker-unreachable': {
    exit: EXIT.failure,
    message: (d: { api: string; reason: string; attempts?: string }) =>
      `cannot reach ${d.api}: ${d.reason}${d.attempts ? ` (${d.attempts})` : ''}`,
    hint: () =>
      'Check the network, any proxy, and the API address in .planrc; PLANSYNC_REQUEST_TIMEOUT_MS sets how long a request may wait for an answer.',
  },
  'rate-limited': {
    exit: EXIT.changesPending,
    message: (d: {
      tracker: string;
      wait: string;
      at: string;
      maxWaitSeconds: number;
      setting: string;
    }) =>
      `${d.tracker}'s rate limit asks for a wait of ${d.wait}, longer than the ${d.maxWaitSeconds}s ${d.setting} allows; run again after ${d.at} UTC`,
    hint: (d: { setting: string }) =>
      `Nothing more was sent. Run again after that time, or raise ${d.setting} to wait inside the run.`,
  },
  'tracker-request-failed': {
    exit: EXIT.failure,
    message: (d: { tracker: string; status: string; detail: string }) =>
      `${d.tracker} answered ${d.status}${d.detail ? `: ${d.detail}` : ''}`,
    hint: (d: { hint: string }) => d.hint,
  },
  'foreign-origin': {
    exit: EXIT.failure,
    message: (d: { origin: string; api: string }) =>
      `refused to send a request to ${d.origin}, which is not the configured API ${d.api}`,
    hint: () =>
      'An answer pointed plansync at another address (e.g. a pagination link); nothing and no credentials were sent there. Check the API address and any proxy that rewrites links.',
  },
  'target-problem': {
    exit: EXIT.failure,
    message: (d: { tracker: string; detail: string }) => `${d.tracker}: ${d.detail}`,
    hint: (d: { hint?: string }) => d.hint ?? 'Check the target in your .planrc.',
  },
  'file-changed': {
    exit: EXIT.failure,
    message: (d: { file: string }) => `${d.file} changed on disk while plansync was running.`,
    hint: () =>
      'Nothing was written to it. Run the push again: items already created are found by their markers.',
  },
  'push-running': {
    exit: EXIT.failure,
    message: (d: { pid: number; file: string }) =>
      `Another plansync push is running in this checkout${d.pid > 0 ? ` (pid ${d.pid})` : ''}; nothing was done.`,
    hint: (d: { file: string }) =>
      `Run push again when it has finished. If no push is running, delete ${d.file}.`,
  },
  'ci-environment': {
    exit: EXIT.badInput,
    message: (d: { missing: string[] }) =>
      `"plansync ci" needs the GitHub Actions environment; missing: ${d.missing.join(', ')}.`,
    hint: () =>
      'Run it as a step of a workflow (see docs/ci.md), or use "plansync push" / "plansync diff" directly.',
  },
  'ci-event': {
    exit: EXIT.badInput,
    message: (d: { event: string }) => `"plansync ci" does not handle the "${d.event}" event.`,
    hint: () =>
      'Run it on pull_request (a preview comment), or on schedule, workflow_dispatch or push (pull, push, commit).',
  },
  'ci-github': {
    exit: EXIT.failure,
    message: (d: { detail: string }) => d.detail,
    hint: () =>
      'The workflow needs "pull-requests: write" to comment and "contents: write" to commit (see docs/ci.md).',
  },
  usage: {
    exit: EXIT.badInput,
    message: (d: { detail: string }) => d.detail,
    hint: () => 'Run "plansync --help" for the commands and options.',
  },
} as const;

export type ErrorCode = keyof typeof CATALOGUE;
type Arg<F> = F extends (data: infer D) => unknown ? (unknown extends D ? object : D) : object;
type DataOf<C extends ErrorCode> = Arg<(typeof CATALOGUE)[C]['message']> &
  Arg<(typeof CATALOGUE)[C]['hint']>;

export class PlansyncError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint: string | undefined,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'PlansyncError';
  }
}

/** `throw planError('unknown-tracker', { name: 'jria', known })`. */
export function planError<C extends ErrorCode>(code: C, data: DataOf<C>): PlansyncError {
  const entry = CATALOGUE[code];
  const message = (entry.message as (d: DataOf<C>) => string)(data);
  const hint = (entry.hint as (d: DataOf<C>) => string | undefined)(data);
  return new PlansyncError(code, message, hint, entry.exit);
}
