import type { Applied } from '../apply/apply-changesets.js';

const VERB: Record<Applied['status'], string> = {
  created: 'created',
  updated: 'updated',
  closed: 'closed',
  related: 'set the dependencies of',
  failed: 'failed',
  deferred: 'left for the next run',
};

/**
 * What a write did, in the words of the preview: an update that closes (a ticked task, or one
 * created open and then closed) is `closed`, one that reopens is `reopened`.
 */
export function appliedOutcome(entry: Applied): Applied['status'] | 'reopened' {
  if (entry.status !== 'updated') return entry.status;
  if (entry.op.op === 'close' || entry.step === 'close-after-create') return 'closed';
  return entry.op.op === 'reopen' ? 'reopened' : 'updated';
}

/** `created T012 #57`, `failed T013: Validation Failed`. */
export function describeApplied(entry: Applied): string {
  const what = entry.op.taskId ?? entry.op.key.slice(entry.op.key.lastIndexOf('/') + 1);
  const outcome = appliedOutcome(entry);
  const verb = outcome === 'reopened' ? 'reopened' : VERB[outcome];
  const ref = entry.item ? ` ${entry.item.ref.text}` : '';
  const error = entry.error ? `: ${entry.error.message}` : '';
  return `${verb} ${what}${ref}${error}`;
}

/**
 * How many items each outcome touched. An item created and then closed counts once, as
 * created: the close is the second half of its create.
 */
export function countApplied(applied: Applied[]) {
  const count = (outcome: ReturnType<typeof appliedOutcome>) =>
    applied.filter(
      (a) =>
        appliedOutcome(a) === outcome && !(a.step === 'close-after-create' && outcome === 'closed'),
    ).length;
  return {
    created: count('created'),
    updated: count('updated'),
    closed: count('closed'),
    reopened: count('reopened'),
    failed: count('failed'),
    deferred: count('deferred'),
  };
}

/** The closing line of a push: what happened, counted. */
export function summariseApplied(applied: Applied[], written: string[]): string {
  const counts = countApplied(applied);
  const count = (outcome: keyof typeof counts): number => counts[outcome];
  const parts = [
    `${count('created')} created`,
    `${count('updated')} updated`,
    `${count('closed')} closed`,
  ];
  const reopened = count('reopened');
  if (reopened > 0) parts.push(`${reopened} reopened`);
  const failed = count('failed');
  if (failed > 0) parts.push(`${failed} failed`);
  const deferred = count('deferred');
  if (deferred > 0) parts.push(`${deferred} left for the next run`);
  const links =
    written.length > 0 ? ` Links written to ${written.join(', ')}.` : ' No plan file changed.';
  return `Applied: ${parts.join(', ')}.${links}`;
}
