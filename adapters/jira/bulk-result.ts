/**
 * A bulk create's answer, element by element. Jira lists the created issues in request order
 * without saying which element each came from, and the failures by element number; walking
 * the request in order with both lists puts every outcome back on its item.
 */
import type { WireCreated, WireRef } from './wire.js';

export type ElementOutcome =
  { ok: true; issue: WireRef } | { ok: false; status: number; message: string };

export function bulkOutcomes(count: number, answer: WireCreated): ElementOutcome[] {
  const failures = new Map((answer.errors ?? []).map((e) => [e.failedElementNumber ?? -1, e]));
  const created = [...(answer.issues ?? [])];
  return Array.from({ length: count }, (_, index): ElementOutcome => {
    const failure = failures.get(index);
    if (failure) {
      const { errorMessages = [], errors = {} } = failure.elementErrors ?? {};
      const details = [...errorMessages, ...Object.entries(errors).map(([k, v]) => `${k}: ${v}`)];
      return {
        ok: false,
        status: failure.status ?? 400,
        message: `Jira refused the issue: ${details.join('; ') || 'no reason given'}`,
      };
    }
    const issue = created.shift();
    return issue
      ? { ok: true, issue }
      : { ok: false, status: 500, message: 'Jira answered without this issue' };
  });
}
