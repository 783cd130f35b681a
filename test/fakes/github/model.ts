/** The records the fake keeps, shaped after GitHub's own objects. */

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';

export interface FakeUser {
  login: string;
  id: number;
  node_id: string;
}

export interface FakeLabel {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface FakeMilestone {
  id: number;
  node_id: string;
  number: number;
  title: string;
  description: string | null;
  state: IssueState;
  due_on: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface FakeIssue {
  /** `owner/name` of the repository it lives in. */
  repo: string;
  /** Database id: what sub-issue and dependency endpoints take, never equal to `number`. */
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  state_reason: StateReason | null;
  /** Ids of the repository's labels, in the order they were applied. */
  labelIds: number[];
  milestone: number | null;
  assignees: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Present on pull requests only: they share the issue list and numbering. */
  pull_request?: {
    merged_at: string | null;
    /** Branch names, for pull requests opened through the pulls endpoint. */
    head?: string;
    base?: string;
    draft?: boolean;
  };
  /** Database id of the parent issue. */
  parentId: number | null;
  /** Database ids of the sub-issues, in the order they were added. */
  subIssueIds: number[];
  /** Database ids of the issues that block this one. */
  blockedByIds: number[];
  /** Who opened it, when not the authenticated user, and how they relate to the repository. */
  author?: { login: string; association: AuthorAssociation };
}

/** GitHub's `author_association`: what the author is to the repository. */
export type AuthorAssociation =
  | 'OWNER'
  | 'MEMBER'
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'NONE';

export interface FakeComment {
  id: number;
  node_id: string;
  issueId: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface FakeRepo {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  node_id: string;
  private: boolean;
  created_at: string;
  /** Issues and pull requests share this sequence, as on GitHub. */
  nextNumber: number;
  nextMilestoneNumber: number;
  issues: Map<number, FakeIssue>;
  milestones: Map<number, FakeMilestone>;
  labels: FakeLabel[];
}

export interface SeedIssue {
  title: string;
  body?: string | null;
  state?: IssueState;
  state_reason?: StateReason | null;
  labels?: string[];
  milestone?: number | null;
  assignees?: string[];
  created_at?: string;
  updated_at?: string;
  /** Opened by someone else (a stranger: `association: 'NONE'`). */
  author?: { login: string; association: AuthorAssociation };
}

export interface SeedMilestone {
  title: string;
  description?: string | null;
  state?: IssueState;
  due_on?: string | null;
}

export interface SeedLabel {
  name: string;
  color?: string;
  description?: string | null;
}

export interface GitHubStateOptions {
  /** Repositories that exist from the start, as `owner/name`. */
  repos?: string[];
  /** The authenticated user. */
  login?: string;
  /** Milliseconds since the epoch; injectable so tests control timestamps. */
  now?: () => number;
}
