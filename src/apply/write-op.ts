import type { Operation } from '../diff/types.js';

/** An operation that writes: what apply sends to the adapter. */
export type WriteOp = Extract<Operation, { op: 'create' | 'update' | 'close' | 'reopen' }>;
