import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import type { AdapterFactory } from '../../src/diff/types.js';
import { MemoryAdapter } from '../support/memory-adapter.js';

export interface Repo {
  dir: string;
  read(file: string): Promise<string>;
  mtime(file: string): Promise<number>;
  write(file: string, text: string): Promise<void>;
  /** Runs the CLI in-process; returns exit code and what was printed. */
  cli(
    args: string[],
    options?: {
      env?: Record<string, string>;
      isTTY?: boolean;
      adapters?: Record<string, AdapterFactory>;
    },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/** A temporary repository built from an inline map of files. */
export async function makeRepo(files: Record<string, string>): Promise<Repo> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plansync-cli-'));
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
  for (const [file, text] of Object.entries(files)) await write(file, text);
  return {
    dir,
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    mtime: async (file) => (await stat(path.join(dir, file))).mtimeMs,
    write,
    async cli(args, options = {}) {
      let stdout = '';
      let stderr = '';
      const code = await run(args, {
        cwd: dir,
        env: options.env ?? {},
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        isTTY: options.isTTY ?? false,
        ...(options.adapters ? { adapters: options.adapters } : {}),
      });
      return { code, stdout, stderr };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export const TASKS_MD = `# Tasks: Demo

## Phase 1: Setup

- [ ] T001 Create project structure
- [ ] T002 [P] Configure linting
- [ ] T003 Add CI workflow (depends on T001)

## Phase 2: Core

- [ ] T004 [US1] Create user model in \`src/models/user.ts\`
- [x] T005 [US1] User service (depends on T004)
`;

/** A plan.md whose phase ranges cover the tasks of `TASKS_MD`. */
export const PLAN_MD = `# Implementation Plan: Demo

## Implementation Phases

### Phase 1: Setup

- Tasks: T001-T003

### Phase 2: Core

- Tasks: T004-T005
`;

/** A repository holding one feature (`TASKS_MD` unless given) and a memory tracker. */
export async function memoryRepo(files: Record<string, string> = {}): Promise<{
  repo: Repo;
  adapter: MemoryAdapter;
  adapters: { memory: () => MemoryAdapter };
}> {
  const repo = await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'memory' }),
    'specs/001-a/tasks.md': TASKS_MD,
    ...files,
  });
  const adapter = new MemoryAdapter();
  return { repo, adapter, adapters: { memory: () => adapter } };
}
