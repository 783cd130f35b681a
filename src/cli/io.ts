import type { AdapterFactory } from '../diff/types.js';
import type { Masker } from './secrets.js';

/** Everything a command touches outside itself, so tests can run the CLI in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour and live progress only then). */
  isTTY: boolean;
  /** Extra adapters by name, for tests and embedders. */
  adapters?: Record<string, AdapterFactory>;
}

export interface Output {
  /** A line (or block) on stdout. */
  out(text: string): void;
  /** A line on stderr: progress, warnings, errors. */
  err(text: string): void;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  /** Debug line, shown with --verbose only. */
  debug(text: string): void;
  /** Adds variables (named in config) whose values must be masked too. */
  maskAlso(variables: readonly string[]): void;
}

export function createOutput(
  io: CliIo,
  flags: { color?: boolean; quiet?: boolean; verbose?: boolean },
  mask: Masker,
): Output {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return {
    out: (text) => io.stdout(mask(line(text))),
    err: (text) => io.stderr(mask(line(text))),
    color: flags.color !== false && io.isTTY && !noColor && io.env.TERM !== 'dumb',
    quiet: flags.quiet === true,
    verbose: flags.verbose === true,
    debug(text) {
      if (flags.verbose) io.stderr(mask(line(`debug: ${text}`)));
    },
    maskAlso(variables) {
      mask.add(variables);
    },
  };
}
