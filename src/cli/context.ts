import { stat } from 'node:fs/promises';
import path from 'node:path';
import { annotation } from '../ci/annotation.js';
import type { LoadedConfig } from '../config/load-config.js';
import { planError } from '../errors/catalogue.js';
import { formatProblem } from '../plan/format-problem.js';
import { lintFeature } from '../plan/lint-feature.js';
import { lintFeatures } from '../plan/lint-features.js';
import { loadFeatures } from '../discover/load-features.js';
import type { ParseResult, Problem } from '../plan/types.js';
import { type CliIo, createOutput, type Output } from './io.js';
import { type Masker, variablesNamedIn } from './secrets.js';

export interface GlobalFlags {
  config?: string;
  tracker?: string;
  json?: boolean;
  format?: 'text' | 'json' | 'markdown';
  verbose?: boolean;
  quiet?: boolean;
  color?: boolean;
}

export interface CommandContext {
  io: CliIo;
  flags: GlobalFlags;
  output: Output;
  /** `--json` or `--format json`. */
  format: 'text' | 'json' | 'markdown';
  /** Problems already reported in this run: `ci --pull` reads the plan twice, says it once. */
  reported: Set<string>;
}

export function commandContext(io: CliIo, flags: GlobalFlags, mask: Masker): CommandContext {
  const format = flags.json ? 'json' : (flags.format ?? 'text');
  return { io, flags, output: createOutput(io, flags, mask), format, reported: new Set() };
}

export async function configFor(ctx: CommandContext): Promise<LoadedConfig> {
  // Loaded when a command needs it: `parse` of named files starts without it.
  const { loadConfig } = await import('../config/load-config.js');
  const loaded = await loadConfig(
    ctx.flags.config ? { cwd: ctx.io.cwd, file: ctx.flags.config } : { cwd: ctx.io.cwd },
  );
  // A token read through a variable the config names (`github.tokenEnv`) is masked too.
  ctx.output.maskAlso(variablesNamedIn(loaded.config));
  return loaded;
}

export interface LoadedPlans {
  results: ParseResult[];
  problems: Problem[];
}

/**
 * Paths from the command line, else the config's `plans` globs; then parse and lint. From
 * globs, only feature folders and files named plan.md / tasks.md are taken, and folders with
 * nothing to sync yet are skipped with a warning.
 */
export async function loadPlans(
  ctx: CommandContext,
  paths: string[],
  patterns: string[],
  base: string = ctx.io.cwd,
): Promise<LoadedPlans> {
  let targets = paths;
  if (targets.length === 0) {
    // Globs are the config's, so they resolve from its folder; paths stay relative to the
    // current folder, as every message and write-back reads them. Loaded here only: a command
    // given paths (`plansync parse specs/001-auth`) never needs it.
    const { expandPlans } = await import('../discover/expand-plans.js');
    const expanded = await expandPlans(patterns, base);
    targets = [];
    for (const target of expanded) {
      const full = path.join(base, target);
      const info = await stat(full).catch(() => null);
      if (info?.isDirectory() || /(^|\/)(plan|tasks)\.md$/i.test(target)) {
        targets.push(path.relative(ctx.io.cwd, full) || '.');
      }
    }
    if (targets.length === 0) throw planError('no-plans', { patterns });
  }
  const loaded = await loadFeatures(targets, { cwd: ctx.io.cwd });
  const problems = [...loaded.problems];
  for (const result of loaded.results) problems.push(...lintFeature(result));
  problems.push(...lintFeatures(loaded.results));
  if (paths.length > 0) return { results: loaded.results, problems: dedupe(problems) };
  const { skipUnready } = await import('../discover/skip-unready.js');
  const ready = skipUnready(loaded.results, dedupe(problems), ctx.io.cwd);
  return { results: ready.results, problems: ready.problems };
}

export function printProblems(ctx: CommandContext, problems: Problem[]): void {
  // Inside GitHub Actions each problem also becomes an annotation on its file and line.
  const annotate = ctx.io.env.GITHUB_ACTIONS === 'true';
  for (const problem of problems) {
    const text = formatProblem(problem);
    if (ctx.reported.has(text)) continue;
    ctx.reported.add(text);
    ctx.output.err(text);
    if (annotate) ctx.output.out(annotation(problem));
  }
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.file}:${p.line}:${p.column}:${p.code}:${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
