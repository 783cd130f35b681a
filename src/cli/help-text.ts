/**
 * The words `--help` prints after the options: the program's overview, and for each command an
 * example and the exit codes it can end with. Kept apart from run.ts so the command table stays
 * short; nothing here loads a command's modules.
 */

export const PROGRAM_HELP = `
Examples:
  $ plansync init                          write .planrc.json (repo from the git remote)
  $ plansync lint                          check every plan under "plans" (default specs/*)
  $ plansync push --dry-run specs/001-auth preview what would change, write nothing
  $ plansync push specs/001-auth           create/update issues, then write links into the plan
  $ plansync status                        each task: its issue, state and drift
  $ plansync diff --exit-code              CI gate: exit 3 when the tracker is behind the plan
                                           or in conflict with it
  $ plansync parse specs/001-auth --json   the parsed model as JSON
  $ plansync pull --dry-run                show the checkboxes the tracker would change
  $ plansync ci --pull                     in GitHub Actions (see docs/ci.md)

Paths are feature folders (specs/001-auth) or plan.md / tasks.md files; several may be given.

Exit codes:
  0  done, or nothing to do
  1  a failure (some writes failed; the rest were applied and linked)
  2  bad input: usage, config or plan problems (nothing was written anywhere)
  3  changes pending, in conflict or drifted (diff --exit-code), conflicts skipped
     by a push (resolve with push --force or pull), or a rate limit left work
  4  authentication failed

Environment:
  GITHUB_TOKEN / GH_TOKEN   GitHub token (GITHUB_API_URL for Enterprise Server)
  LINEAR_API_KEY            Linear personal API key
  JIRA_EMAIL, JIRA_API_TOKEN / JIRA_PAT   Jira Cloud / Data Center
  NO_COLOR                  disable colour
  PLANSYNC_REQUEST_TIMEOUT_MS, PLANSYNC_RETRIES, PLANSYNC_RETRY_DELAY_MS
                            per-request deadline (30000) and retries of a failed read (3,
                            first wait 1000 ms, doubling); see docs/failures.md
`;

const CODES = {
  ok: '0  done, or nothing to do',
  failure: '1  a failure: some writes failed (the rest were applied and linked)',
  badInput: '2  bad input: usage, config or plan problems (nothing was written)',
  auth: '4  the tracker refused the token',
};

interface CommandHelp {
  examples: [command: string, says: string][];
  exitCodes: string[];
}

export const COMMAND_HELP: Record<string, CommandHelp> = {
  push: {
    examples: [
      ['plansync push --dry-run specs/001-auth', 'preview, write nothing'],
      ['plansync push specs/001-auth', 'create/update issues, write links into the plan'],
    ],
    exitCodes: [
      CODES.ok,
      CODES.failure,
      CODES.badInput,
      '3  with --dry-run --exit-code: changes pending; else conflicts skipped or a rate limit left work',
      CODES.auth,
    ],
  },
  diff: {
    examples: [['plansync diff --exit-code', 'CI gate: fail when the tracker is behind the plan']],
    exitCodes: [
      CODES.ok,
      CODES.badInput,
      '3  with --exit-code: changes pending, in conflict or drifted',
      CODES.auth,
    ],
  },
  lint: {
    examples: [['plansync lint specs/001-auth', 'every problem as file:line:col severity message']],
    exitCodes: [
      '0  no errors (warnings may be printed)',
      '2  the plan has errors, or the config is invalid',
    ],
  },
  parse: {
    examples: [['plansync parse specs/001-auth --json', 'the parsed model as JSON']],
    exitCodes: ['0  parsed', '2  the plan has errors, or the config is invalid'],
  },
  init: {
    examples: [
      ['plansync init', 'GitHub; the repository is taken from the git remote "origin"'],
      ['plansync init --tracker linear', 'a starter file for Linear'],
    ],
    exitCodes: ['0  written', '2  .planrc.json already exists (use --force to replace it)'],
  },
  status: {
    examples: [['plansync status specs/001-auth', 'each task: title, link, state and drift']],
    exitCodes: ['0  listed (it never writes)', CODES.badInput, CODES.auth],
  },
  pull: {
    examples: [
      ['plansync pull --dry-run', 'the diff it would apply to the checkboxes'],
      ['plansync pull', 'tick the tasks closed as completed on the tracker'],
    ],
    exitCodes: [
      CODES.ok,
      CODES.failure,
      CODES.badInput,
      '3  a checkbox and the tracker both changed (a conflict, left as is)',
      CODES.auth,
    ],
  },
  ci: {
    examples: [['plansync ci --pull', 'in a scheduled GitHub Actions workflow (docs/ci.md)']],
    exitCodes: [
      CODES.ok,
      CODES.failure,
      CODES.badInput,
      '3  with --exit-code on a pull request: changes pending; else conflicts left',
      CODES.auth,
    ],
  },
};

/** The text `plansync <name> --help` prints after its options. */
export function commandHelpText(name: string): string {
  const help = COMMAND_HELP[name];
  if (!help) return '';
  const width = Math.max(...help.examples.map(([command]) => command.length)) + 2;
  const examples = help.examples.map(([command, says]) => `  $ ${command.padEnd(width)}${says}`);
  const plural = help.examples.length > 1 ? 'Examples' : 'Example';
  return `\n${plural}:\n${examples.join('\n')}\n\nExit codes:\n${help.exitCodes.map((line) => `  ${line}`).join('\n')}\n`;
}
