import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './repo-root.js';

export interface RunOptions {
  cwd: string;
  /** Added to the environment; `GITHUB_TOKEN` and `GITHUB_API_URL` point the CLI at a fake. */
  env: Record<string, string>;
  /** `inherit` shows the real output (colours included on a terminal); `pipe` captures it. */
  stdio: 'inherit' | 'pipe';
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the built CLI (`bin/plansync.js`) in a child process, exactly as a user would. */
export function runPlansync(args: string[], options: RunOptions): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // Only the fake's token may reach the child, whatever the user has exported.
  delete env.GH_TOKEN;
  if (!options.env.GITHUB_TOKEN) delete env.GITHUB_TOKEN;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot(), 'bin', 'plansync.js'), ...args], {
      cwd: options.cwd,
      env,
      stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started }),
    );
  });
}
