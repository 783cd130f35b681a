/**
 * What every part of the adapter shares during a run: the transport, the team as verify
 * found it, the project that holds every feature when `linear.project` names one, and the
 * team's labels once they were needed.
 */
import type { Transport } from './client.js';
import type { LinearConfig } from './config.js';
import type { WireLabel, WireState } from './wire.js';

export interface TeamInfo {
  id: string;
  key: string;
  states: WireState[];
}

export interface LinearContext {
  transport: Transport;
  config: LinearConfig;
  /** Set by verify(), which the core always runs first. */
  team: TeamInfo | null;
  /** The configured project's id, set by verify() when `linear.project` names one. */
  projectId: string | null;
  /** The team's and workspace's labels, listed on the first write that needs them. */
  labels: WireLabel[] | null;
  log: (message: string) => void;
}

export function needTeam(ctx: LinearContext): TeamInfo {
  if (!ctx.team) throw new Error('the Linear adapter was used before verify() found the team');
  return ctx.team;
}

/** Native data of a task: what update, close and relate need again. */
export interface IssueNative {
  uuid: string;
  description: string;
  labelIds: string[];
  projectId: string | null;
  /** `blocks` relations pointing at this issue: relation id, blocker uuid and its key as read. */
  blockers: { relationId: string; blocker: string; key: string }[];
}

/** Native data of a group (project milestone) or a container (project). */
export interface GroupNative {
  uuid: string;
  description: string;
  projectId: string;
  projectUrl: string;
}
