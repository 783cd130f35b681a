import type { GitHubClient } from './client.js';

/** What the GitHub adapter's parts share for one run: the client and what reads taught it. */
export interface RepoContext {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** Web address of the repository (for source links), learned in verify(). */
  htmlUrl: string | null;
  labelColor: string;
  /** Full bodies / descriptions as read, so an update keeps people's text around the region. */
  issueBodies: Map<number, string>;
  milestoneBodies: Map<number, string>;
  /** Issue number → database id (dependencies and sub-issues take the database id). */
  databaseIds: Map<number, number>;
  /** Milestone number → the group key in its marker. */
  groupKeys: Map<number, string>;
  /** Label names known to exist (lower-case), loaded on first need. */
  labels: Set<string> | null;
  log: (message: string) => void;
}
