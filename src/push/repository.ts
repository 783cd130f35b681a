import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Repository {
  /** The repository's web page (`https://github.com/acme/app`), or null when unknown. */
  webUrl: string | null;
  /** Its top folder on disk, or null outside a git checkout. */
  root: string | null;
}

/**
 * Where the plan lives on the web, for the source line under each item's owned text: config
 * (`repositoryUrl`), else GitHub Actions' `GITHUB_SERVER_URL`/`GITHUB_REPOSITORY`, else the
 * `origin` remote of the checkout. Unknown is fine: the source line then names the file only.
 */
export async function findRepository(
  cwd: string,
  env: Record<string, string | undefined>,
  configured: string | undefined,
): Promise<Repository> {
  const root = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (configured) return { webUrl: configured.replace(/\/+$/, ''), root };
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
    return {
      webUrl: `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`,
      root,
    };
  }
  const remote = root ? await git(cwd, ['config', '--get', 'remote.origin.url']) : null;
  return { webUrl: remote ? webUrlOf(remote) : null, root };
}

/** `git@github.com:acme/app.git`, `https://user@host/acme/app.git` → `https://host/acme/app`. */
export function webUrlOf(remote: string): string | null {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    if (!/^(https?|ssh|git):$/.test(url.protocol)) return null;
    const pathname = url.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '');
    return `https://${url.hostname}${pathname}`;
  } catch {
    return null;
  }
}

/** The footer under an item's owned text: the plan line it comes from, linked when possible. */
export function sourceFooter(repository: Repository, cwd: string) {
  return (source: { file: string; line: number } | null): string | null => {
    if (!source) return null;
    const absolute = path.resolve(cwd, source.file);
    const inRepo = repository.root ? path.relative(repository.root, absolute) : source.file;
    const file = inRepo.split(path.sep).join('/');
    const where = `${file} line ${source.line}`;
    const outside = file.startsWith('..') || path.isAbsolute(file);
    const link =
      repository.webUrl && !outside
        ? `[${where}](${repository.webUrl}/blob/HEAD/${encodeURI(file)}#L${source.line})`
        : where;
    return `Source: ${link} · managed by plansync: change the plan, not this section`;
  };
}

async function git(cwd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 5000 });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}
