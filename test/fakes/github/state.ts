/**
 * The fake's memory: repositories with their issues, pull requests, milestones, labels,
 * comments, sub-issues and blocked-by dependencies. Plain data plus the few operations that
 * keep it consistent (shared issue/PR numbering, implicit labels, timestamps), so routes
 * and tests seed and read it the same way.
 */

import type {
  FakeUser,
  FakeLabel,
  FakeMilestone,
  FakeIssue,
  FakeComment,
  FakeRepo,
  SeedIssue,
  SeedMilestone,
  SeedLabel,
  GitHubStateOptions,
} from './model.js';

export type * from './model.js';

export type GitHubState = ReturnType<typeof createGitHubState>;

// Database ids start far from issue numbers so a client that mixes them up fails loudly.
const FIRST_DATABASE_ID = 1_000_000_001;

export function createGitHubState(options: GitHubStateOptions = {}) {
  const now = options.now ?? Date.now;
  const user: FakeUser = {
    login: options.login ?? 'plansync-bot',
    id: 583231,
    node_id: nodeId('U_kgDO', 583231),
  };
  const repos = new Map<string, FakeRepo>();
  const issuesById = new Map<number, FakeIssue>();
  const comments = new Map<number, FakeComment[]>();
  let nextId = FIRST_DATABASE_ID;

  const takeId = (): number => nextId++;
  const timestamp = (): string => iso(now());

  function addRepo(fullName: string, opts: { private?: boolean } = {}): FakeRepo {
    const key = fullName.toLowerCase();
    const existing = repos.get(key);
    if (existing) return existing;
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`repository must be "owner/name", got "${fullName}"`);
    const id = takeId();
    const repo: FakeRepo = {
      owner,
      name,
      fullName,
      id,
      node_id: nodeId('R_kgDO', id),
      private: opts.private ?? false,
      created_at: timestamp(),
      nextNumber: 1,
      nextMilestoneNumber: 1,
      issues: new Map(),
      milestones: new Map(),
      labels: [],
    };
    repos.set(key, repo);
    return repo;
  }

  function repo(fullName: string): FakeRepo | undefined {
    return repos.get(fullName.toLowerCase());
  }

  function mustRepo(fullName: string): FakeRepo {
    const found = repo(fullName);
    if (!found) throw new Error(`no repository ${fullName} in the fake`);
    return found;
  }

  function findLabel(r: FakeRepo, name: string): FakeLabel | undefined {
    const wanted = name.toLowerCase();
    return r.labels.find((label) => label.name.toLowerCase() === wanted);
  }

  function seedLabel(fullName: string, seed: SeedLabel): FakeLabel {
    const r = mustRepo(fullName);
    const existing = findLabel(r, seed.name);
    if (existing) return existing;
    const id = takeId();
    const label: FakeLabel = {
      id,
      node_id: nodeId('LA_kwDO', id),
      name: seed.name,
      color: seed.color ?? 'ededed',
      description: seed.description ?? null,
      default: false,
    };
    r.labels.push(label);
    return label;
  }

  /** Label names to ids, creating unknown labels the way GitHub does on issue writes. */
  function labelIdsFor(fullName: string, names: string[]): number[] {
    const ids: number[] = [];
    for (const name of names) {
      const { id } = seedLabel(fullName, { name });
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  function seedMilestone(fullName: string, seed: SeedMilestone): FakeMilestone {
    const r = mustRepo(fullName);
    const id = takeId();
    const at = timestamp();
    const state = seed.state ?? 'open';
    const milestone: FakeMilestone = {
      id,
      node_id: nodeId('MI_kwDO', id),
      number: r.nextMilestoneNumber++,
      title: seed.title,
      description: seed.description ?? null,
      state,
      due_on: seed.due_on ?? null,
      created_at: at,
      updated_at: at,
      closed_at: state === 'closed' ? at : null,
    };
    r.milestones.set(milestone.number, milestone);
    return milestone;
  }

  function addIssue(fullName: string, seed: SeedIssue, pullRequest: boolean): FakeIssue {
    const r = mustRepo(fullName);
    const id = takeId();
    const created = seed.created_at ?? timestamp();
    const state = seed.state ?? 'open';
    const issue: FakeIssue = {
      repo: r.fullName,
      id,
      node_id: nodeId(pullRequest ? 'PR_kwDO' : 'I_kwDO', id),
      number: r.nextNumber++,
      title: seed.title,
      body: seed.body ?? null,
      state,
      state_reason: state === 'closed' ? (seed.state_reason ?? 'completed') : null,
      labelIds: labelIdsFor(fullName, seed.labels ?? []),
      milestone: seed.milestone ?? null,
      assignees: seed.assignees ?? [],
      created_at: created,
      updated_at: seed.updated_at ?? created,
      closed_at: state === 'closed' ? created : null,
      parentId: null,
      subIssueIds: [],
      blockedByIds: [],
      ...(pullRequest ? { pull_request: { merged_at: null } } : {}),
      ...(seed.author ? { author: seed.author } : {}),
    };
    r.issues.set(issue.number, issue);
    issuesById.set(id, issue);
    return issue;
  }

  /**
   * Marks an issue as changed now. GitHub timestamps have one-second resolution, so the new
   * value is pushed past the old one: a client comparing `updated_at` must see the change.
   */
  function touch(issue: { updated_at: string }): string {
    const at = Math.max(now(), Date.parse(issue.updated_at) + 1000);
    issue.updated_at = iso(at);
    return issue.updated_at;
  }

  function seedComment(fullName: string, number: number, body: string): FakeComment {
    const issue = mustIssue(fullName, number);
    const id = takeId();
    const at = timestamp();
    const comment: FakeComment = {
      id,
      node_id: nodeId('IC_kwDO', id),
      issueId: issue.id,
      body,
      user: user.login,
      created_at: at,
      updated_at: at,
    };
    const list = comments.get(issue.id) ?? [];
    list.push(comment);
    comments.set(issue.id, list);
    touch(issue);
    return comment;
  }

  function issue(fullName: string, number: number): FakeIssue | undefined {
    return repo(fullName)?.issues.get(number);
  }

  function mustIssue(fullName: string, number: number): FakeIssue {
    const found = issue(fullName, number);
    if (!found) throw new Error(`no issue #${number} in ${fullName}`);
    return found;
  }

  function reset(): void {
    repos.clear();
    issuesById.clear();
    comments.clear();
    nextId = FIRST_DATABASE_ID;
    for (const fullName of options.repos ?? []) addRepo(fullName);
  }

  reset();

  return {
    user,
    now,
    timestamp,
    touch,
    addRepo,
    repo,
    findLabel,
    labelIdsFor,
    seedLabel,
    seedMilestone,
    seedIssue: (fullName: string, seed: SeedIssue) => addIssue(fullName, seed, false),
    seedPullRequest: (fullName: string, seed: SeedIssue) => addIssue(fullName, seed, true),
    seedComment,
    issue,
    issueById: (id: number): FakeIssue | undefined => issuesById.get(id),
    /** Issues and pull requests of a repository, by number. */
    issues: (fullName: string): FakeIssue[] =>
      [...(repo(fullName)?.issues.values() ?? [])].sort((a, b) => a.number - b.number),
    milestone: (fullName: string, number: number) => repo(fullName)?.milestones.get(number),
    milestones: (fullName: string): FakeMilestone[] => [
      ...(repo(fullName)?.milestones.values() ?? []),
    ],
    labels: (fullName: string): FakeLabel[] => [...(repo(fullName)?.labels ?? [])],
    /** Label names on an issue, as a person sees them. */
    labelNames: (target: FakeIssue): string[] => {
      const r = mustRepo(target.repo);
      return target.labelIds.flatMap((id) => r.labels.find((l) => l.id === id)?.name ?? []);
    },
    comments: (target: FakeIssue): FakeComment[] => [...(comments.get(target.id) ?? [])],
    /** A comment by its id, with the issue (or pull request) it is on. */
    comment: (
      fullName: string,
      id: number,
    ): { comment: FakeComment; issue: FakeIssue } | undefined => {
      for (const list of comments.values()) {
        const comment = list.find((c) => c.id === id);
        const issue = comment ? issuesById.get(comment.issueId) : undefined;
        if (comment && issue?.repo === fullName) return { comment, issue };
      }
      return undefined;
    },
    subIssues: (target: FakeIssue): FakeIssue[] =>
      target.subIssueIds.flatMap((id) => issuesById.get(id) ?? []),
    blockedBy: (target: FakeIssue): FakeIssue[] =>
      target.blockedByIds.flatMap((id) => issuesById.get(id) ?? []),
    /** Issues that `target` blocks. */
    blocking: (target: FakeIssue): FakeIssue[] =>
      [...issuesById.values()].filter((other) => other.blockedByIds.includes(target.id)),
    takeId,
    reset,
  };
}

function iso(ms: number): string {
  // GitHub sends whole seconds: 2011-04-22T13:33:48Z.
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function nodeId(prefix: string, id: number): string {
  return prefix + btoa(`0:${id}`).replace(/=+$/, '');
}
