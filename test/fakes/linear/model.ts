/**
 * The records the Linear fake keeps. Plain data with ids as references, so the state can
 * be seeded, inspected and reset by tests the same way the resolvers change it.
 */

export type StateType = 'triage' | 'backlog' | 'unstarted' | 'started' | 'completed' | 'canceled';

export interface FakeOrganization {
  id: string;
  name: string;
  /** The workspace's slug in every web URL: `https://linear.app/<urlKey>/…`. */
  urlKey: string;
}

export interface FakeUser {
  id: string;
  name: string;
  displayName: string;
  email: string;
  admin: boolean;
}

/** Every record carries when it was made and an insertion counter that breaks ties. */
interface Stamped {
  id: string;
  createdAt: string;
  updatedAt: string;
  seq: number;
}

export interface FakeTeam extends Stamped {
  key: string;
  name: string;
  /** The number the next issue of this team gets. */
  nextNumber: number;
}

export interface FakeWorkflowState extends Stamped {
  teamId: string;
  name: string;
  type: StateType;
  position: number;
  color: string;
}

export interface FakeProject extends Stamped {
  name: string;
  description: string;
  /** 12 hex characters at the end of the project's URL. */
  slugId: string;
  teamIds: string[];
  creatorId: string;
}

export interface FakeMilestone extends Stamped {
  projectId: string;
  name: string;
  description: string | null;
  sortOrder: number;
}

export interface FakeLabel extends Stamped {
  name: string;
  color: string;
  description: string | null;
  /** Null for a workspace label, which every team can use. */
  teamId: string | null;
}

export interface FakeIssue extends Stamped {
  teamId: string;
  number: number;
  title: string;
  description: string | null;
  stateId: string;
  labelIds: string[];
  projectId: string | null;
  projectMilestoneId: string | null;
  creatorId: string;
  completedAt: string | null;
  canceledAt: string | null;
}

export interface FakeRelation extends Stamped {
  type: 'blocks' | 'duplicate' | 'related' | 'similar';
  /** For `blocks`: the blocker. */
  issueId: string;
  /** For `blocks`: the issue that waits. */
  relatedIssueId: string;
}

export interface FakeComment extends Stamped {
  issueId: string;
  body: string;
  userId: string;
}

export interface FakeAttachment extends Stamped {
  issueId: string;
  title: string;
  subtitle: string | null;
  url: string;
  metadata: Record<string, unknown>;
}

export interface SeedTeam {
  key: string;
  name?: string;
}

export interface LinearStateOptions {
  /** Teams made when the fake starts or is reset. Default `[{ key: 'ENG' }]`. */
  teams?: SeedTeam[];
  /** The workspace slug in URLs. Default `acme`. */
  urlKey?: string;
  now?: () => number;
}
