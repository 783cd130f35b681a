import type { Applied } from '../apply/apply-changesets.js';

const VERB: Record<Applied['status'], string> = {
  created: 'created',
  updated: 'updated',
  closed: 'closed',
  related: 'set the dependencies of',
  failed: 'failed',
  deferred: 'left for the next run',
};

/** `created T012 #57`, `failed T013: Validation Failed`. */
export function describeApplied(entry: Applied): string {
  const what = entry.op.taskId ?? entry.op.key.slice(entry.op.key.lastIndexOf('/') + 1);
  const verb =
    entry.step === 'close-after-create' && entry.status === 'updated'
      ? 'closed'
      : entry.op.op === 'reopen' && entry.status === 'updated'
        ? 'reopened'
        : VERB[entry.status];
  const ref = entry.item ? ` ${entry.item.ref.text}` : '';
  const error = entry.error ? `: ${entry.error.message}` : '';
  return `${verb} ${what}${ref}${error}`;
}

/** The closing line of a push: what happened, counted. */
export function summariseApplied(applied: Applied[], written: string[]): string {
  const count = (status: Applied['status']) => applied.filter((a) => a.status === status).length;
  const parts = [
    `${count('created')} created`,
    `${count('updated')} updated`,
    `${count('closed')} closed`,
  ];
  const failed = count('failed');
  if (failed > 0) parts.push(`${failed} failed`);
  const deferred = count('deferred');
  if (deferred > 0) parts.push(`${deferred} left for the next run`);
  const links =
    written.length > 0 ? ` Links written to ${written.join(', ')}.` : ' No plan file changed.';
  return `Applied: ${parts.join(', ')}.${links}`;
}
