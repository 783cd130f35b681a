import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Workspace {
  dir: string;
  write(file: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

export interface WorkspaceOptions {
  /** Prefix of the temporary folder's name, e.g. `plansync-demo-`. */
  prefix: string;
  /** Contents of `.planrc.json`. */
  config: Record<string, unknown>;
  /** A folder whose contents are copied in first (e.g. the repository's `examples/`). */
  copyFrom?: string;
}

/**
 * A throwaway repository in the system's temp folder, so demos and benchmarks never touch
 * the checkout they run from.
 */
export async function makeWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), options.prefix));
  if (options.copyFrom) await cp(options.copyFrom, dir, { recursive: true });
  await writeFile(path.join(dir, '.planrc.json'), JSON.stringify(options.config, null, 2) + '\n');
  return {
    dir,
    write: async (file, text) => {
      const target = path.join(dir, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
