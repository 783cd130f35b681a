import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/plansync.js');

export const TASKS = 'specs/001-demo/tasks.md';
export const PLAN = 'specs/001-demo/plan.md';

/** What every tracker's end-to-end fixture offers: its fake, a workspace, and a push. */
export interface FixtureBase<Server> {
  server: Server;
  ws: Workspace;
  env: Record<string, string>;
  push(args?: string[], onSpawn?: (kill: () => void) => void): Promise<CliResult>;
  /** An index into the fake's request log, to look at what came after it. */
  mark(): number;
  close(): Promise<void>;
}

export interface Workspace {
  dir: string;
  read(file: string): Promise<string>;
  write(file: string, text: string): Promise<void>;
  mtime(file: string): Promise<number>;
  remove(): Promise<void>;
}

/** A temporary repository holding the example feature and a .planrc.json. */
export async function makeWorkspace(config: Record<string, unknown>): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plansync-e2e-'));
  await cp(path.join(ROOT, 'examples/specs'), path.join(dir, 'specs'), { recursive: true });
  await writeFile(path.join(dir, '.planrc.json'), JSON.stringify(config));
  return {
    dir,
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    write: async (file, text) => {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    },
    mtime: async (file) => (await stat(path.join(dir, file))).mtimeMs,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, as a user would. */
export function runCli(
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    /** Called with the child once it runs, e.g. to kill it mid-push. */
    onSpawn?: (kill: () => void) => void;
  },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    options.onSpawn?.(() => child.kill('SIGKILL'));
  });
}
