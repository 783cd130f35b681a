/**
 * The parts of Jira's JSON the adapter reads and sends, as plain types. They are checked
 * against jira.js's models in the tests, so a field that does not exist cannot creep in.
 */
export interface WireRef {
  id: string;
  key: string;
  self?: string;
}

export interface WireStatus {
  id?: string;
  name?: string;
  statusCategory?: { key?: string };
}

export interface WireLink {
  id?: string;
  type?: { name?: string; inward?: string; outward?: string };
  /** On an issue, this other issue is shown with the type's inward words ("is blocked by"). */
  inwardIssue?: WireRef;
  /** On an issue, this other issue is shown with the type's outward words ("blocks"). */
  outwardIssue?: WireRef;
}

export interface WireFields {
  summary?: string;
  description?: unknown;
  labels?: string[];
  issuetype?: { id?: string; name?: string };
  status?: WireStatus;
  parent?: WireRef;
  fixVersions?: { id?: string; name?: string }[];
  issuelinks?: WireLink[];
  created?: string;
  [customField: string]: unknown;
}

export interface WireIssue {
  id: string;
  key: string;
  self?: string;
  fields?: WireFields;
  properties?: Record<string, unknown>;
}

export interface WireTransition {
  id?: string;
  name?: string;
  to?: WireStatus;
}

export interface WireCreated {
  issues?: WireRef[];
  errors?: {
    status?: number;
    elementErrors?: { errorMessages?: string[]; errors?: Record<string, string> };
    failedElementNumber?: number;
  }[];
}

export interface WireVersion {
  id?: string;
  name?: string;
  description?: string;
  released?: boolean;
  archived?: boolean;
}

export interface WireField {
  id: string;
  name?: string;
  custom?: boolean;
  schema?: { custom?: string };
}

export interface WireProject {
  id: string;
  key: string;
  name?: string;
  issueTypes?: { id?: string; name?: string; subtask?: boolean }[];
}

/** What an issue create or edit sends: fields, label updates and properties. */
export interface IssueUpdate {
  fields?: Record<string, unknown>;
  update?: Record<string, unknown>;
  properties?: { key: string; value: unknown }[];
}
