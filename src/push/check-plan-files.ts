import { access, constants, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { findRepositoryRoot } from '../discover/find-repository-root.js';
import type { Problem } from '../plan/types.js';

/**
 * Why a plan file cannot be written back, found before the first remote write: otherwise a
 * push creates issues and only then fails to record their links. A file that resolves outside
 * the repository (a symlinked tasks.md) is never written through; a read-only file is not
 * replaced, even though a rename over it would succeed.
 */
export async function checkPlanFiles(files: string[], cwd: string): Promise<Problem[]> {
  const root = await realpath((await findRepositoryRoot(cwd)) ?? cwd);
  const problems: Problem[] = [];
  const problem = (file: string, code: string, message: string, hint: string) =>
    problems.push({ file, line: 1, column: 1, severity: 'error', code, message, hint });
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const real = await realpath(absolute).catch(() => absolute);
    if (real !== root && !real.startsWith(root + path.sep)) {
      problem(
        file,
        'outside-repository',
        `resolves to ${real}, outside the repository; plansync writes only inside it`,
        'replace the link with the file itself, or run plansync in the repository that holds it',
      );
      continue;
    }
    const info = await stat(real).catch(() => null);
    if (info && (info.mode & 0o222) === 0) {
      problem(
        file,
        'read-only',
        'is read-only, so links cannot be written back into it',
        'make it writable (chmod u+w), or preview with "plansync diff"',
      );
      continue;
    }
    const folderWritable = await access(path.dirname(real), constants.W_OK).then(
      () => true,
      () => false,
    );
    if (!folderWritable) {
      problem(
        file,
        'folder-not-writable',
        `its folder ${path.dirname(file) || '.'} is not writable, so links cannot be written back`,
        'make the folder writable, or preview with "plansync diff"',
      );
    }
  }
  return problems;
}
