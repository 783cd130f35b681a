/**
 * The Jira fake's memory: projects with their key sequences, issue types and versions;
 * issues with their properties, comments and links. Every write keeps a copy for the search
 * index that becomes visible only after `indexLagMs`, while reads by key or id see the
 * issue as it is now: Jira's search is eventually consistent, fetching is not.
 */
import type {
  FakeComment,
  FakeIssue,
  FakeIssueType,
  FakeLink,
  FakeLinkType,
  FakeProject,
  FakeUser,
  FakeVersion,
  IssueFields,
  JiraMode,
} from './model.js';
import { defaultIssueTypes } from './workflow.js';

export type * from './model.js';

export interface JiraStateOptions {
  mode?: JiraMode;
  /** Project keys that exist from the start. Default `['PLAN']`. */
  projects?: string[];
  /** How long after a write search sees it. Default 0. */
  indexLagMs?: number;
  /** Milliseconds since the epoch; injectable so tests control time. */
  now?: () => number;
}

export interface SeedIssue {
  summary: string;
  issueType?: string;
  description?: unknown;
  labels?: string[];
  status?: string;
  parentKey?: string;
  epicLink?: string;
  epicName?: string;
  properties?: Record<string, unknown>;
}

export type JiraState = ReturnType<typeof createJiraState>;

export const LINK_TYPES: FakeLinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

export function createJiraState(options: JiraStateOptions = {}) {
  const mode: JiraMode = options.mode ?? 'cloud';
  const now = options.now ?? Date.now;
  let indexLagMs = options.indexLagMs ?? 0;
  const user: FakeUser = {
    accountId: '5b10ac8d82e05b22cc7d4ef5',
    name: 'plansync',
    emailAddress: 'plansync@example.test',
    displayName: 'plansync',
  };
  const projects = new Map<string, FakeProject>();
  const issues = new Map<number, FakeIssue>();
  const byKey = new Map<string, FakeIssue>();
  const comments: FakeComment[] = [];
  const links: FakeLink[] = [];
  let nextIssueId = 10001;
  let nextProjectId = 10000;
  let nextOtherId = 10100;

  function addProject(key: string, name = key): FakeProject {
    const existing = projects.get(key);
    if (existing) return existing;
    const project: FakeProject = {
      id: nextProjectId++,
      key,
      name,
      issueTypes: defaultIssueTypes(),
      nextNumber: 1,
      versions: [],
    };
    projects.set(key, project);
    return project;
  }

  function issueType(project: FakeProject, idOrName: string): FakeIssueType | undefined {
    const wanted = idOrName.toLowerCase();
    return project.issueTypes.find((t) => t.id === idOrName || t.name.toLowerCase() === wanted);
  }

  function typeOf(issue: FakeIssue): FakeIssueType {
    const found = issueType(mustProject(issue.projectKey), issue.issueTypeId);
    if (!found) throw new Error(`issue ${issue.key} has an unknown issue type`);
    return found;
  }

  function mustProject(key: string): FakeProject {
    const found = projects.get(key);
    if (!found) throw new Error(`no project ${key} in the fake`);
    return found;
  }

  function snapshot(issue: FakeIssue): IssueFields {
    const { id: _i, key: _k, projectKey: _p, indexed: _x, ...fields } = issue;
    return structuredClone(fields);
  }

  /** Records a write: bumps `updated` and queues what search will see after the lag. */
  function touch(issue: FakeIssue, at = now()): void {
    issue.updated = Math.max(at, issue.updated + 1);
    issue.indexed.push({ visibleAt: at + indexLagMs, fields: snapshot(issue) });
  }

  /** Creates an issue with fields already checked; the next key of the project's sequence. */
  function insertIssue(projectKey: string, fields: Omit<IssueFields, 'created' | 'updated'>) {
    const project = mustProject(projectKey);
    const at = now();
    const issue: FakeIssue = {
      ...fields,
      id: nextIssueId++,
      key: `${project.key}-${project.nextNumber++}`,
      projectKey: project.key,
      created: at,
      updated: at,
      indexed: [],
    };
    issue.indexed.push({ visibleAt: at + indexLagMs, fields: snapshot(issue) });
    issues.set(issue.id, issue);
    byKey.set(issue.key, issue);
    return issue;
  }

  function seedIssue(projectKey: string, seed: SeedIssue): FakeIssue {
    const project = mustProject(projectKey);
    const type = issueType(project, seed.issueType ?? 'Task');
    if (!type) throw new Error(`no issue type ${seed.issueType} in ${projectKey}`);
    const status =
      type.statuses.find((s) => s.name === seed.status || s.id === seed.status) ??
      type.statuses[0]!;
    return insertIssue(projectKey, {
      summary: seed.summary,
      description: seed.description ?? null,
      labels: seed.labels ?? [],
      issueTypeId: type.id,
      statusId: status.id,
      resolution: status.category === 'done' ? 'Done' : null,
      parentId: seed.parentKey ? (byKey.get(seed.parentKey)?.id ?? null) : null,
      epicLink: seed.epicLink ?? null,
      epicName: seed.epicName ?? null,
      fixVersionIds: [],
      properties: seed.properties ?? {},
    });
  }

  /** The issue as search sees it now, or undefined when the index has not caught up yet. */
  function indexedView(issue: FakeIssue, reconcile = false): IssueFields | undefined {
    if (reconcile) return snapshot(issue);
    const t = now();
    let seen: IssueFields | undefined;
    for (const entry of issue.indexed) if (entry.visibleAt <= t) seen = entry.fields;
    return seen;
  }

  function addVersion(projectKey: string, name: string, description?: string): FakeVersion {
    const project = mustProject(projectKey);
    const version: FakeVersion = {
      id: String(nextOtherId++),
      name,
      ...(description !== undefined ? { description } : {}),
      projectId: project.id,
      released: false,
      archived: false,
    };
    project.versions.push(version);
    return version;
  }

  function addComment(issue: FakeIssue, body: unknown): FakeComment {
    const comment: FakeComment = {
      id: String(nextOtherId++),
      issueId: issue.id,
      body,
      created: now(),
    };
    comments.push(comment);
    touch(issue);
    return comment;
  }

  function addLink(typeId: string, inward: FakeIssue, outward: FakeIssue): FakeLink {
    const link: FakeLink = {
      id: String(nextOtherId++),
      typeId,
      inwardIssueId: inward.id,
      outwardIssueId: outward.id,
    };
    links.push(link);
    touch(inward);
    touch(outward);
    return link;
  }

  function issue(idOrKey: string | number): FakeIssue | undefined {
    const text = String(idOrKey);
    return /^\d+$/.test(text) ? issues.get(Number(text)) : byKey.get(text.toUpperCase());
  }

  function reset(): void {
    projects.clear();
    issues.clear();
    byKey.clear();
    comments.length = 0;
    links.length = 0;
    nextIssueId = 10001;
    nextProjectId = 10000;
    nextOtherId = 10100;
    for (const key of options.projects ?? ['PLAN']) addProject(key);
  }

  reset();

  return {
    mode,
    user,
    now,
    linkTypes: LINK_TYPES,
    /** Changes the search lag from now on; writes already made keep theirs. */
    setIndexLag(ms: number): void {
      indexLagMs = ms;
    },
    addProject,
    project: (key: string): FakeProject | undefined => projects.get(key.toUpperCase()),
    projects: (): FakeProject[] => [...projects.values()],
    issueType,
    typeOf,
    statusOf: (target: FakeIssue) => {
      const status = typeOf(target).statuses.find((s) => s.id === target.statusId);
      if (!status) throw new Error(`issue ${target.key} has an unknown status`);
      return status;
    },
    insertIssue,
    seedIssue,
    touch,
    indexedView,
    issue,
    /** Issues of a project in creation order. */
    issues: (projectKey?: string): FakeIssue[] =>
      [...issues.values()].filter((i) => !projectKey || i.projectKey === projectKey),
    addVersion,
    addComment,
    comments: (target: FakeIssue): FakeComment[] => comments.filter((c) => c.issueId === target.id),
    addLink,
    removeLink(target: FakeLink): void {
      links.splice(links.indexOf(target), 1);
    },
    link: (id: string): FakeLink | undefined => links.find((l) => l.id === id),
    links: (target?: FakeIssue): FakeLink[] =>
      links.filter(
        (l) => !target || l.inwardIssueId === target.id || l.outwardIssueId === target.id,
      ),
    /** Keys of the issues `target` blocks, read the way Jira's UI reads a `Blocks` link. */
    blocks: (target: FakeIssue): string[] =>
      links
        .filter((l) => l.typeId === '10000' && l.inwardIssueId === target.id)
        .map((l) => issues.get(l.outwardIssueId)!.key),
    /** Keys of the issues that block `target`. */
    blockedBy: (target: FakeIssue): string[] =>
      links
        .filter((l) => l.typeId === '10000' && l.outwardIssueId === target.id)
        .map((l) => issues.get(l.inwardIssueId)!.key),
    reset,
  };
}
