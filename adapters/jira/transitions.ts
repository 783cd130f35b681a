/**
 * Moving an issue into a status category (done, or back to new). Transition ids belong to a
 * workflow, which belongs to an issue type, so they are looked up once per issue type and
 * then reused; if a workflow refuses the id from this issue's status, this issue's own
 * transitions are read and the move is tried once more.
 */
import type { JiraApi } from './api.js';
import { JiraError } from './jira-error.js';
import type { IssueUpdate, WireTransition } from './wire.js';

export type Category = 'new' | 'done';

export type TransitionFinder = ReturnType<typeof createTransitionFinder>;

export function createTransitionFinder(api: JiraApi) {
  // One lookup per issue type and run, not per issue: the first push stays within its budget.
  const byType = new Map<string, Promise<WireTransition[]>>();

  const pick = (transitions: WireTransition[], category: Category) =>
    transitions.find((t) => t.to?.statusCategory?.key === category);

  return async function moveTo(
    key: string,
    issueType: string,
    category: Category,
    body: IssueUpdate = {},
  ): Promise<void> {
    let listed = byType.get(issueType);
    if (!listed) {
      listed = api.transitions(key);
      byType.set(issueType, listed);
      listed.catch(() => byType.delete(issueType));
    }
    const known = pick(await listed, category);
    if (known?.id) {
      try {
        await api.transition(key, known.id, body);
        return;
      } catch (error) {
        if (!(error instanceof JiraError) || error.status !== 400) throw error;
      }
    }
    const own = pick(await api.transitions(key), category);
    if (!own?.id) {
      throw new JiraError(`no transition into a "${category}" status is open for ${key}`, 400, {
        errorMessages: [],
        errors: {},
      });
    }
    await api.transition(key, own.id, body);
  };
}
