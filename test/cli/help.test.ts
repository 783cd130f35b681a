import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type Repo } from './run-cli.js';

const COMMANDS = ['push', 'diff', 'lint', 'parse', 'init', 'status', 'pull', 'ci'];
let repo: Repo;
beforeAll(async () => {
  repo = await makeRepo({});
});
afterAll(async () => {
  await repo.remove();
});

describe('plansync <command> --help', () => {
  it.each(COMMANDS)('%s: lists the global options, an example and the exit codes', async (name) => {
    const result = await repo.cli([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Global Options:');
    expect(result.stdout).toMatch(/-c, --config <file> +config file/);
    expect(result.stdout).toContain('--tracker <name>');
    expect(result.stdout).toMatch(/^Examples?:\n {2}\$ plansync /m);
    expect(result.stdout).toMatch(new RegExp(`\\$ plansync ${name}\\b`));
    expect(result.stdout).toMatch(/^Exit codes:\n {2}0 {2}/m);
    expect(result.stdout).toMatch(/^ {2}2 {2}/m);
  });

  it('covers every command the CLI has', async () => {
    const result = await repo.cli(['--help']);
    const listed = [...result.stdout.matchAll(/^ {2}([a-z]+) \[/gm)]
      .map((m) => m[1])
      .filter((name) => name !== 'help');
    expect(listed.sort()).toEqual([...COMMANDS].sort());
  });
});
