import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/plansync.js');

let repo: Repo | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

/** Runs `plansync <args> | head -1` in bash; returns what the shell saw from plansync. */
function pipedToHead(args: string[], cwd: string) {
  const quoted = args.map((arg) => `'${arg}'`).join(' ');
  const script = `"${process.execPath}" "${BIN}" ${quoted} | head -1; exit \${PIPESTATUS[0]}`;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('case 22: output to a closed pipe, and errors with --json', () => {
  it('plansync parse --json | head -1 ends quietly, without an EPIPE stack trace', async () => {
    // Far more output than a pipe holds, so the write after head exits fails.
    const lines = Array.from(
      { length: 800 },
      (_, i) =>
        `- [ ] T${String(i + 1).padStart(4, '0')} Task ${i + 1} with enough words to be long`,
    );
    repo = await makeRepo({ 'specs/001-a/tasks.md': `${lines.join('\n')}\n` });
    const result = await pipedToHead(['parse', '--json'], repo.dir);
    expect(result.stdout).toBe('{\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);

  it('with --json, an error is also printed to stdout as one JSON object', async () => {
    repo = await makeRepo({ 'specs/001-a/tasks.md': TASKS_MD });
    const result = await repo.cli(['push', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      error: {
        code: 'no-tracker',
        message: 'No tracker is configured.',
        hint: expect.stringContaining('plansync init') as unknown,
      },
    });
    expect(result.stderr).toContain('error: No tracker is configured.');
  });

  it('with --format json, a plan problem is a JSON error too', async () => {
    repo = await makeRepo({
      '.planrc.json': JSON.stringify({ tracker: 'memory' }),
      'specs/001-a/tasks.md': '- [ ] T001 One\n- [ ] T001 Again\n',
    });
    const result = await repo.cli(['diff', '--format', 'json']);
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe('invalid-plan');
    expect(parsed.error.message).toBe('1 problem in the plan; nothing was changed.');
  });

  it('without --json, stdout stays empty on an error', async () => {
    repo = await makeRepo({ 'specs/001-a/tasks.md': TASKS_MD });
    const result = await repo.cli(['push']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});
