/**
 * Task ids as written: `T001`, `T1000`, `T001a`, `T021A`, `T014pre`, `T-1.1`, and named ids
 * such as `T_REFACTOR_1` that plans mix in with numbered ones. A suffix is one letter or a
 * word plans use to slot a task in before or after another (`pre`, `post`), and a later
 * batch may hang off an id (`T533-NEW1`, `T533-CLEANUP2`); the look-behind
 * keeps `ST001` or `FR-T1` from counting, the look-ahead refuses other words (`T003xy`).
 */
export const TASK_ID = String.raw`T(?:-?\d+(?:\.\d+)*(?:[a-zA-Z]|pre|post|alt|bis|fix)?(?:-[A-Z]{2,}\d+)?|_[A-Z0-9]+(?:_[A-Z0-9]+)*)(?![\w])`;

/**
 * Template placeholders standing where an id should be: `T00X`, `TXXX`, `T0XX`. Wherever both
 * could match, the placeholder is tried first, so `T00X` is never read as `T00` plus a suffix.
 */
export const PLACEHOLDER_ID = String.raw`T[0-9]*X[0-9X]*(?![\w])`;

const placeholderOnly = new RegExp(`^${PLACEHOLDER_ID}$`);
const idOnly = new RegExp(`^${TASK_ID}$`);

export function isTaskId(text: string): boolean {
  return idOnly.test(text) && !placeholderOnly.test(text);
}

export function isPlaceholderId(text: string): boolean {
  return placeholderOnly.test(text);
}
