/** Documented exit codes (README, `plansync --help`). */
export const EXIT = {
  ok: 0,
  failure: 1,
  badInput: 2,
  changesPending: 3,
  auth: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
