import type { GitHubClient } from './client.js';

/**
 * What the GitHub adapter's parts share for one run: the client and the target. Nothing
 * learned from reads is kept here: what a later write needs travels on the item (`native`).
 */
export interface RepoContext {
  client: GitHubClient;
  owner: string;
  repo: string;
  labelColor: string;
  /** Label names known to exist (lower-case), loaded on the first write that needs labels. */
  labels: Set<string> | null;
  log: (message: string) => void;
}

/** What the adapter keeps on an issue item for later writes. */
export interface IssueNative {
  /** Dependencies take the database id, not the number. */
  databaseId: number;
  /** The whole body as read, so an update keeps people's text around the region. */
  body: string;
  /**
   * True when the body came back from plansync's own write in this run (so it is current);
   * a body from the run's first listing may be minutes old and is read again before a rewrite.
   */
  fromWrite?: boolean;
}

/** What the adapter keeps on a milestone item. */
export interface MilestoneNative {
  description: string;
}
