/**
 * `npm run demo`: the whole round trip on the example plan (a preview, the first push, a renamed
 * task pushed, a ticked task pushed, then a title changed on the tracker shown as drift by the
 * next preview), against a fake tracker on 127.0.0.1 (GitHub; `-- --tracker linear`, `jira` or
 * `jira-datacenter` for the others; `--jira` and `--jira-datacenter` also work), so it works on a
 * fresh clone with no account and no token. Everything happens in a temporary copy; the
 * checkout is never written to.
 */
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pc from 'picocolors';
import { startDemoTracker, type DemoTracker } from './support/demo-tracker.js';
import { makeWorkspace, type Workspace } from './support/make-workspace.js';
import { printPatch } from './support/print-patch.js';
import { repoRoot } from './support/repo-root.js';
import { runPlansync } from './support/run-plansync.js';

const FEATURE = 'specs/001-demo';
const TASKS = `${FEATURE}/tasks.md`;
const FILES = [TASKS, `${FEATURE}/plan.md`];

interface Traffic {
  step: string;
  reads: number;
  writes: number;
}

class StepFailed extends Error {}

function heading(number: number, title: string, command?: string): void {
  const line = `${number}. ${title}`;
  console.log(`\n${pc.bold(pc.magenta(line))}${command ? pc.dim(`  $ ${command}`) : ''}`);
}

async function main(): Promise<number> {
  const root = repoRoot();
  const at = process.argv.indexOf('--tracker');
  const flag = process.argv.find((arg) => arg === '--jira' || arg === '--jira-datacenter');
  const chosen = at !== -1 ? (process.argv[at + 1] ?? '') : flag ? flag.slice(2) : 'github';
  const server = await startDemoTracker(chosen);
  let ws: Workspace | null = null;
  const onInterrupt = (): void => {
    if (ws) rmSync(ws.dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    ws = await makeWorkspace({
      prefix: 'plansync-demo-',
      config: server.config,
      copyFrom: path.join(root, 'examples'),
    });
    console.log(pc.bold('plansync demo'));
    console.log(server.describe);
    console.log(`The example plan was copied to ${ws.dir}; your checkout is not touched.`);
    await runSteps(ws, server);
    console.log(`\n${pc.green('Demo finished.')} Try it on your own plans: plansync init`);
    return 0;
  } catch (error) {
    const message = error instanceof StepFailed ? error.message : String(error);
    console.error(`\n${pc.red('Demo failed:')} ${message}`);
    return 1;
  } finally {
    process.off('SIGINT', onInterrupt);
    await server.close();
    await ws?.remove();
  }
}

async function runSteps(ws: Workspace, server: DemoTracker): Promise<void> {
  const { env } = server;
  const traffic: Traffic[] = [];

  async function cli(
    step: string,
    args: string[],
    stdio: 'inherit' | 'pipe' = 'inherit',
  ): Promise<Traffic & { stdout: string }> {
    const before = server.counts();
    const result = await runPlansync(args, { cwd: ws.dir, env, stdio });
    const after = server.counts();
    const used = { step, reads: after.reads - before.reads, writes: after.writes - before.writes };
    traffic.push(used);
    if (result.code !== 0) {
      process.stderr.write(result.stderr);
      throw new StepFailed(
        `plansync ${args.join(' ')} exited with ${result.code ?? result.signal}, expected 0`,
      );
    }
    return { ...used, stdout: result.stdout };
  }
  const read = (): Promise<string[]> =>
    Promise.all(FILES.map((file) => readFile(path.join(ws.dir, file), 'utf8')));
  const readTasks = (): Promise<string> => readFile(path.join(ws.dir, TASKS), 'utf8');
  /** A person's edit of the plan, shown as a patch. */
  async function edit(file: string, from: string, to: string): Promise<void> {
    const text = await readFile(path.join(ws.dir, file), 'utf8');
    if (!text.includes(from)) throw new StepFailed(`${file} has no "${from}" to change`);
    await ws.write(file, text.replace(from, to));
    console.log(printPatch(file, text, text.replace(from, to)));
  }

  heading(1, 'Check the plan', `plansync lint ${FEATURE}`);
  await cli('lint', ['lint', FEATURE]);

  heading(2, 'Preview what a push would do (reads only)', `plansync push --dry-run ${FEATURE}`);
  const original = await read();
  const preview = await cli('push --dry-run', ['push', '--dry-run', FEATURE]);
  if (preview.writes > 0 || !same(original, await read())) {
    throw new StepFailed('the dry run wrote something');
  }

  heading(
    3,
    server.name === 'Linear'
      ? 'Push: create the project, milestones and issues, write the links back'
      : 'Push: create milestones and issues, write the links back',
    `plansync push --quiet ${FEATURE}   (--quiet: the preview above is not printed again)`,
  );
  await cli('push', ['push', '--quiet', FEATURE]);
  const linked = await read();

  heading(4, 'What plansync wrote into the plan');
  FILES.forEach((file, index) => console.log(printPatch(file, original[index]!, linked[index]!)));

  heading(5, 'Rename a task in the plan, then push: one update', `plansync push ${FEATURE}`);
  await edit(
    TASKS,
    'T005 [P] Seed data for local development',
    'T005 [P] Seed demo data for local development',
  );
  const renamed = await cli('push (renamed T005)', ['push', FEATURE]);
  if (renamed.writes === 0) throw new StepFailed('the renamed task was not pushed');
  const t005 = refOf(await readTasks(), 'T005');
  if (!server.titleOf(t005)?.includes('Seed demo data')) {
    throw new StepFailed(`${t005} on the tracker does not have the new title`);
  }

  heading(
    6,
    'Tick a task done in the plan, then push: its issue closes',
    `plansync push ${FEATURE}`,
  );
  await edit(TASKS, '- [ ] T001 ', '- [x] T001 ');
  const ticked = await cli('push (ticked T001)', ['push', FEATURE]);
  if (ticked.writes === 0) throw new StepFailed('the ticked task was not pushed');

  const t003 = refOf(await readTasks(), 'T003');
  heading(
    7,
    `Someone renames ${t003} on ${server.name}; the next preview reports it as drift`,
    `plansync push --dry-run ${FEATURE}`,
  );
  server.renameByPerson(t003, 'T003 Email transport (SES, decided in standup)');
  const before = await read();
  const drift = await cli('push --dry-run (drift)', ['push', '--dry-run', FEATURE], 'pipe');
  process.stdout.write(drift.stdout);
  if (!/^\s*\? T003 .*drift: title/m.test(drift.stdout)) {
    throw new StepFailed('the preview did not report the title changed on the tracker as drift');
  }
  if (drift.writes > 0 || !same(before, await read())) {
    throw new StepFailed('the preview wrote something');
  }
  console.log(
    pc.dim(
      `   plansync leaves ${t003} as the person named it; "plansync push --force" would put the plan's title back.`,
    ),
  );

  heading(8, `Requests the fake ${server.name} received`);
  const width = Math.max(...traffic.map((t) => t.step.length));
  console.log(pc.dim(`   ${'step'.padEnd(width)}  reads  writes`));
  for (const t of traffic) {
    console.log(`   ${t.step.padEnd(width)}  ${pad(t.reads, 5)}  ${pad(t.writes, 6)}`);
  }
}

/** The link text plansync wrote after a task (`#3`, `ENG-3`, `PLAN-3`). */
function refOf(tasks: string, taskId: string): string {
  const line = tasks.split('\n').find((text) => new RegExp(`^- \\[[ x]\\] ${taskId} `).test(text));
  const ref = line ? /\[([^\]]+)\]\([^)]+\)\s*$/.exec(line)?.[1] : undefined;
  if (!ref) throw new StepFailed(`no link after ${taskId} in ${TASKS}`);
  return ref;
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width);
}

process.exitCode = await main();
