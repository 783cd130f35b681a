import type { Operation } from '../diff/types.js';

/** The title an operation is about: the plan's when it has one, else the tracker's. */
export function operationTitle(operation: Operation): string {
  if ('fields' in operation) return operation.fields.title;
  if ('remote' in operation && operation.remote) return operation.remote.fields.title ?? '';
  return '';
}
