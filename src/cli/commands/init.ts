import { execFile } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PlansyncError } from '../../errors/catalogue.js';
import { EXIT } from '../../errors/exit-codes.js';
import { webUrlOf } from '../../push/repository.js';
import { BUILTIN_ADAPTERS } from '../../tracker/builtin-adapters.js';
import type { CommandContext } from '../context.js';

export interface InitFlags {
  repo?: string;
  force?: boolean;
}

const FILE = '.planrc.json';

/**
 * `plansync init`: writes a starter `.planrc.json` for the chosen tracker (GitHub's `repo` taken
 * from the `origin` remote when `--repo` is not given), then says which variable the token goes
 * in. An existing file is kept unless `--force`.
 */
export async function initCommand(ctx: CommandContext, flags: InitFlags): Promise<number> {
  const file = path.join(ctx.io.cwd, FILE);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists && !flags.force) {
    throw new PlansyncError(
      'usage',
      `${FILE} already exists; nothing was written.`,
      'Run "plansync init --force" to replace it with a new starter file.',
      EXIT.badInput,
    );
  }
  const tracker = ctx.flags.tracker ?? 'github';
  const lines: string[] = [];
  const config: Record<string, unknown> = { tracker, plans: ['specs/*'] };
  if (tracker === 'github') {
    const fromOrigin = flags.repo ? null : await originRepo(ctx.io.cwd);
    const repo = flags.repo ?? fromOrigin ?? 'owner/name';
    config.github = { repo };
    if (fromOrigin) lines.push(`Found the repository ${repo} from the git remote "origin".`);
    else if (!flags.repo)
      lines.push(`Set "github.repo" in ${FILE} to your repository (owner/name).`);
  } else if (tracker === 'linear') {
    config.linear = { team: 'ENG' };
    lines.push(`Set "linear.team" in ${FILE} to your team's key (ENG for issues such as ENG-12).`);
  } else if (tracker === 'jira') {
    config.jira = { host: 'https://your-site.atlassian.net', project: 'PLAN' };
    lines.push(
      `Set "jira.host" and "jira.project" in ${FILE}; for Data Center add "deployment": "datacenter".`,
    );
  }
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`, { flag: exists ? 'w' : 'wx' });
  ctx.output.out(`Wrote ${FILE} for ${tracker}.`);
  for (const line of lines) ctx.output.out(line);
  ctx.output.out(await tokenAdvice(tracker));
  ctx.output.out('Then preview what a push would do: plansync push --dry-run');
  return EXIT.ok;
}

/** Which environment variables the token goes in, named by the adapter's `secretVariables`. */
async function tokenAdvice(tracker: string): Promise<string> {
  const builtin = BUILTIN_ADAPTERS[tracker];
  const variables = builtin ? [...((await builtin.config()).secretVariables ?? [])] : [];
  const [first, second, third] = variables;
  if (tracker === 'github' && first) {
    return `Set ${first}${second ? ` (or ${second})` : ''} to a token that can write issues: export ${first}=…`;
  }
  if (tracker === 'jira' && first && second && third) {
    return `Set ${first} and ${second} (Jira Cloud: your account's email and an API token), or ${third} (Data Center: a personal access token).`;
  }
  if (first) return `Set ${variables.join(' or ')} to your ${tracker} API key: export ${first}=…`;
  return `Set the token variable your adapter's documentation names; tokens are read only from the environment.`;
}

/** `owner/name` from the `origin` remote (https or ssh, `.git` stripped), or null. */
async function originRepo(cwd: string): Promise<string | null> {
  const url = await promisify(execFile)('git', ['config', '--get', 'remote.origin.url'], {
    cwd,
    timeout: 5000,
  }).then(
    (r) => r.stdout.trim(),
    () => '',
  );
  const web = url ? webUrlOf(url) : null;
  const match = web ? /\/([\w.-]+)\/([\w.-]+)$/.exec(web) : null;
  return match ? `${match[1]}/${match[2]}` : null;
}
