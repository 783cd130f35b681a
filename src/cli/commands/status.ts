import { EXIT } from '../../errors/exit-codes.js';
import { preparePush } from '../../push/prepare-push.js';
import type { FieldName, Operation } from '../../diff/types.js';
import type { CommandContext } from '../context.js';
import { openTracker } from '../open-tracker.js';

type Sync = 'in sync' | 'not pushed' | 'pending' | 'drift' | 'conflict' | 'skipped' | 'removed';

const SYNC: Record<Operation['op'], Sync> = {
  unchanged: 'in sync',
  create: 'not pushed',
  update: 'pending',
  close: 'pending',
  reopen: 'pending',
  drift: 'drift',
  conflict: 'conflict',
  skip: 'skipped',
};

/**
 * `plansync status [paths…]`: each task with its link, remote state, drift and title, then one
 * line that counts them. Read-only.
 */
export async function statusCommand(ctx: CommandContext, paths: string[]): Promise<number> {
  const { config, results, adapter } = await openTracker(ctx, paths);
  const prepared = await preparePush(results, adapter, config, { force: false, cwd: ctx.io.cwd });

  const features = prepared.features.map(({ result, changeset }) => {
    const byTask = new Map(
      changeset.operations.filter((op) => op.kind === 'task').map((op) => [op.taskId, op]),
    );
    const tasks = result.feature.tasks.map((task) => {
      const op = byTask.get(task.id);
      const remote = op && 'remote' in op ? op.remote : null;
      const fields = op ? fieldsOf(op) : [];
      return {
        id: task.id,
        title: task.title,
        done: task.done,
        ref: remote?.ref ?? null,
        remoteState: remote?.fields.state ?? null,
        sync: op ? SYNC[op.op] : ('not pushed' as Sync),
        fields,
      };
    });
    const removed = changeset.operations
      .filter((op) => op.op === 'close' && op.reason === 'removed')
      .map((op) => ({ key: op.key, ref: 'remote' in op ? (op.remote?.ref ?? null) : null }));
    return { id: result.feature.id, tasks, removed };
  });

  const summary = summarize(features.flatMap((feature) => feature.tasks));
  if (ctx.format === 'json') {
    ctx.output.out(JSON.stringify({ schemaVersion: 1, features, summary }, null, 2));
    return EXIT.ok;
  }
  for (const feature of features) {
    ctx.output.out(feature.id);
    const width = Math.max(4, ...feature.tasks.map((t) => t.id.length));
    const syncs = feature.tasks.map(
      (t) => `${t.sync}${t.fields.length > 0 ? ` (${t.fields.join(', ')})` : ''}`,
    );
    const syncWidth = Math.max(...syncs.map((text) => text.length));
    feature.tasks.forEach((task, index) => {
      const ref = task.ref ? task.ref.text : '—';
      const state = task.remoteState ?? '—';
      const link = task.ref ? `  ${task.ref.url}` : '';
      ctx.output.out(
        `  ${task.id.padEnd(width)}  ${task.done ? '[x]' : '[ ]'}  ${ref.padEnd(7)} ${state.padEnd(6)}  ${syncs[index]!.padEnd(syncWidth)}  ${task.title}${link}`,
      );
    });
    for (const gone of feature.removed) {
      ctx.output.out(
        `  ${gone.key}  no longer in the plan: ${gone.ref?.text ?? ''} will be closed`,
      );
    }
  }
  ctx.output.out(summaryLine(summary));
  return EXIT.ok;
}

interface Summary {
  tasks: number;
  linked: number;
  notPushed: number;
  drifted: number;
  pending: number;
  conflicts: number;
  skipped: number;
}

/** Each task counted once: in sync (linked), not yet pushed, drifted, to update, in conflict. */
function summarize(tasks: { sync: Sync }[]): Summary {
  const count = (...syncs: Sync[]) => tasks.filter((t) => syncs.includes(t.sync)).length;
  return {
    tasks: tasks.length,
    linked: count('in sync'),
    notPushed: count('not pushed'),
    drifted: count('drift'),
    pending: count('pending', 'removed'),
    conflicts: count('conflict'),
    skipped: count('skipped'),
  };
}

/** `12 tasks: 8 linked, 3 not yet pushed, 1 drifted`, then what else there is, if anything. */
function summaryLine(s: Summary): string {
  const parts = [`${s.linked} linked`, `${s.notPushed} not yet pushed`, `${s.drifted} drifted`];
  if (s.pending > 0) parts.push(`${s.pending} with changes to push`);
  if (s.conflicts > 0) parts.push(`${s.conflicts} in conflict`);
  if (s.skipped > 0) parts.push(`${s.skipped} skipped`);
  return `${s.tasks} ${s.tasks === 1 ? 'task' : 'tasks'}: ${parts.join(', ')}`;
}

/** The fields that differ: what a person changed, what conflicts, or what the push would write. */
function fieldsOf(op: Operation): FieldName[] {
  if (op.op === 'drift') return op.drift;
  if (op.op === 'conflict') return op.conflicts;
  if (op.op === 'update' || op.op === 'close' || op.op === 'reopen') return op.changes;
  return [];
}
