import { Command, CommanderError, Option } from 'commander';
import { PlansyncError } from '../errors/catalogue.js';
import { EXIT } from '../errors/exit-codes.js';
import type { CiFlags } from './commands/ci.js';
import type { InitFlags } from './commands/init.js';
import type { PullFlags } from './commands/pull.js';
import type { CommandContext, GlobalFlags } from './context.js';
import { commandHelpText, PROGRAM_HELP } from './help-text.js';
import type { CliIo } from './io.js';
import { createMasker } from './secrets.js';

/** The whole CLI as a function of argv and I/O, so tests run it in-process. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const mask = createMasker(io.env);
  const program = new Command('plansync')
    .description('Keep issue trackers in step with the implementation plans in your repository.')
    .version(VERSION, '-V, --version')
    .option('-c, --config <file>', 'config file (default: searched from the current folder)')
    .option('-t, --tracker <name>', 'tracker: github, linear, jira, or an adapter package')
    .option('--json', 'machine-readable output (same as --format json)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']),
    )
    .option('-v, --verbose', 'debug output on stderr (secrets are masked)')
    .option('-q, --quiet', 'only errors and the final summary')
    .option('--no-color', 'no colour (also when NO_COLOR is set or output is not a terminal)')
    .showHelpAfterError('(run "plansync --help" for usage)')
    // Each command's --help also lists these options (--config, --tracker, …).
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', PROGRAM_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(mask(text)),
      writeErr: (text) => io.stderr(mask(text)),
    });

  // Each command's modules (and the tracker SDKs behind them) load only when it runs,
  // so --help, --version and parse start fast.
  const ctx = async (): Promise<CommandContext> => {
    const { commandContext } = await import('./context.js');
    return commandContext(io, program.opts<GlobalFlags>(), mask);
  };
  const action =
    (fn: (...args: never[]) => Promise<number>) =>
    async (...args: unknown[]) => {
      exitCode = await (fn as (...a: unknown[]) => Promise<number>)(...args);
    };

  program
    .command('push')
    .description('apply the plan to the tracker and write issue links back into it')
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .option('-n, --dry-run', 'preview only: read the tracker, write nothing anywhere')
    .option('-f, --force', 'overwrite fields people changed on the tracker (drift and conflicts)')
    .option('--exit-code', 'with --dry-run: exit 3 when there are changes')
    .action(
      action((paths: string[], flags: { dryRun?: boolean; force?: boolean; exitCode?: boolean }) =>
        Promise.all([import('./commands/push.js'), ctx()]).then(([m, c]) =>
          m.pushCommand(c, paths, flags),
        ),
      ),
    );
  program
    .command('diff')
    .description('preview what push would do (same as push --dry-run)')
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .option('-f, --force', 'preview as if --force were given')
    .option('--exit-code', 'exit 3 when there are changes (a CI gate)')
    .action(
      action((paths: string[], flags: { force?: boolean; exitCode?: boolean }) =>
        Promise.all([import('./commands/push.js'), ctx()]).then(([m, c]) =>
          m.pushCommand(c, paths, { ...flags, dryRun: true }),
        ),
      ),
    );
  program
    .command('lint')
    .description('validate plans: every problem as file:line:col severity message')
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .action(
      action((paths: string[]) =>
        Promise.all([import('./commands/lint.js'), ctx()]).then(([m, c]) =>
          m.lintCommand(c, paths),
        ),
      ),
    );
  program
    .command('parse')
    .description('print the parsed model (phases, tasks); --json for the versioned schema')
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .action(
      action((paths: string[]) =>
        Promise.all([import('./commands/parse.js'), ctx()]).then(([m, c]) =>
          m.parseCommand(c, paths),
        ),
      ),
    );
  program
    .command('init')
    .description('write a starter .planrc.json in the current folder (--tracker to choose)')
    .option('--repo <owner/name>', 'GitHub repository (default: from the git remote "origin")')
    .option('-f, --force', 'replace an existing .planrc.json')
    .action(
      action((flags: InitFlags) =>
        Promise.all([import('./commands/init.js'), ctx()]).then(([m, c]) =>
          m.initCommand(c, flags),
        ),
      ),
    );
  program
    .command('status')
    .description('list tasks with their remote item, state and drift (read-only)')
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .action(
      action((paths: string[]) =>
        Promise.all([import('./commands/status.js'), ctx()]).then(([m, c]) =>
          m.statusCommand(c, paths),
        ),
      ),
    );
  program
    .command('pull')
    .description(
      'bring tracker state back into checkboxes: closed as completed → [x], reopened → [ ]',
    )
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .option('-n, --dry-run', 'print the diff it would apply to the plan, write nothing')
    .action(
      action((paths: string[], flags: PullFlags) =>
        Promise.all([import('./commands/pull.js'), ctx()]).then(([m, c]) =>
          m.pullCommand(c, paths, flags),
        ),
      ),
    );

  program
    .command('ci')
    .description(
      'in GitHub Actions: a preview comment on a pull request; pull, push and commit on a schedule',
    )
    .argument('[paths...]', 'feature folders or plan.md / tasks.md files')
    .option('--pull', 'on schedule, workflow_dispatch or push: pull before pushing')
    .option('--no-commit', 'do not commit the written-back plan files')
    .option('--no-comment', 'on a pull request: no preview comment (step summary only)')
    .option('--exit-code', 'on a pull request: exit 3 when changes are pending')
    .option(
      '--pull-request',
      "commit to the plansync/sync branch and open one pull request, instead of the run's branch",
    )
    .action(
      action((paths: string[], flags: CiFlags) =>
        Promise.all([import('./commands/ci.js'), ctx()]).then(([m, c]) =>
          m.ciCommand(c, paths, flags),
        ),
      ),
    );

  // After the options: an example and the exit codes of each command.
  for (const command of program.commands) {
    command.addHelpText('after', commandHelpText(command.name()));
  }

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.badInput;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    const opts = program.opts<GlobalFlags>();
    const json = opts.json === true || opts.format === 'json' || wantsJson(argv);
    return reportError(error, io, mask, json);
  }
}

function reportError(
  error: unknown,
  io: CliIo,
  mask: (text: string) => string,
  json: boolean,
): number {
  // With --json a program reads stdout only, so the error is there too, as one object.
  const printJson = (code: string, message: string, hint: string | null) => {
    if (json) io.stdout(mask(`${JSON.stringify({ error: { code, message, hint } }, null, 2)}\n`));
  };
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      return EXIT.ok;
    }
    printJson('usage', error.message.replace(/^error: /, ''), 'Run "plansync --help" for usage.');
    return EXIT.badInput;
  }
  if (error instanceof PlansyncError) {
    io.stderr(mask(`error: ${error.message}\n`));
    if (error.hint) io.stderr(mask(`  hint: ${error.hint}\n`));
    printJson(error.code, error.message, error.hint ?? null);
    return error.exitCode;
  }
  // Never a stack trace: one line that says why.
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]!;
  io.stderr(mask(`error: ${line}\n`));
  printJson('failure', line, null);
  return EXIT.failure;
}

/** Whether --json (or --format json) was asked for, read from argv when parsing failed early. */
function wantsJson(argv: string[]): boolean {
  return argv.some(
    (arg, i) =>
      arg === '--json' || arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'),
  );
}

const VERSION = '0.1.0';
