/** The records the Jira fake keeps, shaped after Jira's own objects. */

/**
 * Cloud speaks REST v3 (ADF descriptions, Basic auth, `search/jql`); Data Center speaks
 * REST v2 (wiki-markup strings, Bearer tokens, `search` with `startAt`, Epic Link fields).
 */
export type JiraMode = 'cloud' | 'datacenter';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface FakeStatus {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export interface FakeTransition {
  id: string;
  name: string;
  /** Id of the status it leads to. */
  to: string;
}

export interface FakeIssueType {
  id: string;
  name: string;
  subtask: boolean;
  /** 1 for epics, 0 for standard types, -1 for sub-tasks, as Jira Cloud reports it. */
  hierarchyLevel: number;
  /** Statuses of this type's workflow, the first being where new issues start. */
  statuses: FakeStatus[];
  transitions: FakeTransition[];
}

export interface FakeVersion {
  id: string;
  name: string;
  description?: string;
  projectId: number;
  released: boolean;
  archived: boolean;
}

export interface FakeProject {
  id: number;
  key: string;
  name: string;
  issueTypes: FakeIssueType[];
  /** Next number of the key sequence: PLAN-1, PLAN-2, … */
  nextNumber: number;
  versions: FakeVersion[];
}

/** What a person sees of an issue, and what search indexes. */
export interface IssueFields {
  summary: string;
  /** ADF document in Cloud mode, wiki-markup string in Data Center mode. */
  description: unknown;
  labels: string[];
  issueTypeId: string;
  statusId: string;
  resolution: string | null;
  /** Issue id of the parent (Cloud: epic of a task). */
  parentId: number | null;
  /** Key of the epic, Data Center's Epic Link custom field. */
  epicLink: string | null;
  /** Data Center's Epic Name custom field, required on epics there. */
  epicName: string | null;
  fixVersionIds: string[];
  created: number;
  updated: number;
  properties: Record<string, unknown>;
}

export interface FakeIssue extends IssueFields {
  id: number;
  key: string;
  projectKey: string;
  /** What search sees, oldest first: each write adds a copy that becomes visible after the lag. */
  indexed: { visibleAt: number; fields: IssueFields }[];
}

export interface FakeComment {
  id: string;
  issueId: number;
  body: unknown;
  created: number;
}

export interface FakeLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

/**
 * One link as Jira stores it. `inwardIssueId` is what the create request sent as
 * `inwardIssue`: for `Blocks` that issue blocks the other one. Reading the other issue
 * shows it under `inwardIssue` ("is blocked by"); reading this one shows the other under
 * `outwardIssue` ("blocks").
 */
export interface FakeLink {
  id: string;
  typeId: string;
  inwardIssueId: number;
  outwardIssueId: number;
}

export interface FakeUser {
  accountId: string;
  /** Data Center's user name and key. */
  name: string;
  emailAddress: string;
  displayName: string;
}
