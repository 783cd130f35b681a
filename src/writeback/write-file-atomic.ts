import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used, so a test can make one of them fail. */
export interface AtomicFs {
  readFile: (path: string) => Promise<Buffer>;
  stat: (path: string) => Promise<{ mode: number }>;
  realpath: (path: string) => Promise<string>;
  open: (path: string, flags: string, mode?: number) => Promise<nodeFs.FileHandle>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: boolean }) => Promise<void>;
}

export interface WriteFileAtomicOptions {
  /**
   * The text the file must still hold just before it is replaced. When someone changed the
   * file in the meantime, nothing is written and an Error says so.
   */
  expected?: string;
  fs?: AtomicFs;
}

const defaultFs: AtomicFs = nodeFs;

/**
 * Replaces a file's content so that a reader sees either the old or the new bytes, never a
 * mix: write a temp file next to it (same file system, so rename is atomic), fsync, rename.
 * Equal bytes mean no write at all, so the mtime stays and tools watching the file stay quiet.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  { expected, fs = defaultFs }: WriteFileAtomicOptions = {},
): Promise<'written' | 'unchanged'> {
  // Renaming over a symlink would replace the link itself; write through to its target.
  const target = await fs.realpath(path).catch(() => path);
  const current = await readIfExists(fs, target);
  if (expected !== undefined && (current === null || current.toString('utf8') !== expected)) {
    throw new Error(
      `${path} changed during the push; nothing was written to it. Re-run to pick up the new text.`,
    );
  }
  const next = Buffer.from(text, 'utf8');
  if (current !== null && current.equals(next)) return 'unchanged';

  const mode = current === null ? undefined : (await fs.stat(target)).mode & 0o7777;
  const temp = join(
    dirname(target),
    `.${basename(target)}.plansync-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(next);
    // The umask may have narrowed the mode given to open(); the original file's mode wins.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, dirname(target));
  return 'written';
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is fine. */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

async function readIfExists(fs: AtomicFs, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
