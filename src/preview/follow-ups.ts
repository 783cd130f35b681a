import type { Operation } from '../diff/types.js';

/**
 * The writes an operation makes after its own: a done task the tracker cannot create closed is
 * closed by a second write; dependencies are set in a pass of their own. The preview lists
 * them so it shows every write a push will make.
 */
export function followUps(operation: Operation): ('close' | 'relate')[] {
  const then: ('close' | 'relate')[] = [];
  if (operation.op === 'create') {
    if (operation.closeAfter) then.push('close');
    if (operation.kind === 'task' && operation.fields.dependsOn.length > 0) then.push('relate');
  } else if (
    (operation.op === 'update' || operation.op === 'reopen' || operation.op === 'close') &&
    operation.changes.includes('dependsOn')
  ) {
    then.push('relate');
  }
  return then;
}

/** The title the tracker holds now, for an operation that changes it (old → new). */
export function titleBefore(operation: Operation): string | null {
  if (operation.op !== 'update' && operation.op !== 'reopen') return null;
  if (!operation.changes.includes('title')) return null;
  return operation.remote.fields.title ?? null;
}
