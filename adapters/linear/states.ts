/**
 * Which workflow state a task goes to. Linear teams name their states freely; their types
 * are fixed. A checked task goes to the first `completed` state, a task unchecked again to
 * the first `unstarted` one, a removed task to the first `canceled` one (first by board
 * position), unless config names a state.
 */
import type { LinearConfig } from './config.js';
import type { TeamInfo } from './context.js';
import type { WireState } from './wire.js';

export type Purpose = 'done' | 'open' | 'canceled';

const TYPE_OF: Record<Purpose, string> = {
  done: 'completed',
  open: 'unstarted',
  canceled: 'canceled',
};
const CONFIG_OF = { done: 'doneState', open: 'openState', canceled: 'canceledState' } as const;

export function stateFor(team: TeamInfo, config: LinearConfig, purpose: Purpose): WireState {
  const named = config[CONFIG_OF[purpose]];
  const sorted = [...team.states].sort((a, b) => a.position - b.position);
  const found = named
    ? sorted.find((s) => s.name.toLowerCase() === named.toLowerCase())
    : sorted.find((s) => s.type === TYPE_OF[purpose]);
  if (!found) {
    throw new Error(
      named
        ? `team ${team.key} has no workflow state named "${named}" (linear.${CONFIG_OF[purpose]})`
        : `team ${team.key} has no workflow state of type ${TYPE_OF[purpose]}`,
    );
  }
  return found;
}

/** Problems with the configured state names, for verify(). */
export function stateProblems(team: TeamInfo, config: LinearConfig): string[] {
  return (['done', 'open', 'canceled'] as const).flatMap((purpose) => {
    try {
      stateFor(team, config, purpose);
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  });
}
