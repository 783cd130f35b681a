/**
 * Task ids as written: `T001`, `T1000`, `T001a`, `T-1.1`. The look-behind keeps `ST001` or
 * `FR-T1` from counting; the look-ahead refuses `T001ab` and `T12x`.
 */
export const TASK_ID = String.raw`T(?:-?\d+(?:\.\d+)*[a-z]?)(?![\w])`;

/** Template placeholders standing where an id should be: `T00X`, `TXXX`, `T0XX`. */
export const PLACEHOLDER_ID = String.raw`T[0-9]*X[0-9X]*(?![\w])`;

const placeholderOnly = new RegExp(`^${PLACEHOLDER_ID}$`);
const idOnly = new RegExp(`^${TASK_ID}$`);

export function isTaskId(text: string): boolean {
  return idOnly.test(text);
}

export function isPlaceholderId(text: string): boolean {
  return placeholderOnly.test(text);
}
