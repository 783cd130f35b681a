/** The shapes Linear answers the documents in queries.ts with. They stay inside this folder. */

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type StateType = 'triage' | 'backlog' | 'unstarted' | 'started' | 'completed' | 'canceled';

export interface WireState {
  id: string;
  name: string;
  type: StateType | string;
  position: number;
}

export interface WireTeam {
  id: string;
  key: string;
  name: string;
  states: Page<WireState>;
}

export interface WireLabel {
  id: string;
  name: string;
}

export interface WireMilestone {
  id: string;
  name: string;
  description: string | null;
  sortOrder: number;
  createdAt: string;
  project: { id: string; url: string };
}

export interface WireProject {
  id: string;
  name: string;
  description: string;
  slugId: string;
  url: string;
  createdAt: string;
  projectMilestones: Page<WireMilestone>;
}

export interface WireIssue {
  id: string;
  identifier: string;
  url: string;
  title: string;
  description: string | null;
  createdAt: string;
  state: { id: string; type: string };
  project: { id: string } | null;
  projectMilestone: { id: string } | null;
  labels: { nodes: WireLabel[] };
  /** Relations pointing at this issue; for `blocks`, `issue` is the blocker. */
  inverseRelations: { nodes: WireRelation[] };
}

export interface WireRelation {
  id: string;
  type: string;
  issue: { id: string };
}
