import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from '../../errors/exit-codes.js';
import type { CommandContext } from '../context.js';

/** `plansync init`: writes a minimal `.planrc.json` (never overwrites one). */
export async function initCommand(
  ctx: CommandContext,
  flags: { tracker?: string; repo?: string },
): Promise<number> {
  const file = path.join(ctx.io.cwd, '.planrc.json');
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) {
    ctx.output.err('.planrc.json already exists; nothing was written.');
    return EXIT.badInput;
  }
  const tracker = flags.tracker ?? ctx.flags.tracker ?? 'github';
  const config: Record<string, unknown> = { tracker, plans: ['specs/*'] };
  if (tracker === 'github') config.github = { repo: flags.repo ?? 'owner/name' };
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`, { flag: 'wx' });
  ctx.output.out(
    `Wrote .planrc.json for ${tracker}. Next: edit it, set the token in the environment, then run "plansync push --dry-run".`,
  );
  return EXIT.ok;
}
