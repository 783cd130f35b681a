/**
 * The GraphQL documents the adapter sends, written by hand and lean: each asks for just the
 * fields the adapter reads, because @linear/sdk's generated models fetch one request per
 * relation. Every document here is validated against Linear's schema in the tests, and each
 * listing stays well under Linear's 10,000 complexity points a query.
 */

/** Issues per page of the feature listing: Linear's maximum. */
export const ISSUE_PAGE = 250;
/**
 * Nested pages stay small, so a page of 250 issues costs about 6,000 of Linear's 10,000
 * points. They carry no pageInfo (it would be counted per issue): a full nested page means
 * there may be more, and ISSUE_LINKS_QUERY fetches the rest for that issue.
 */
export const LABEL_PAGE = 5;
export const RELATION_PAGE = 5;
/** Projects per page (each with a page of 50 milestones, so 25 keep the cost near 3,500). */
export const PROJECT_PAGE = 25;
export const MILESTONE_PAGE = 50;
/** Labels per page when listing the team's labels. */
export const LABEL_LIST_PAGE = 250;
/** Most issues created by one `issueBatchCreate`. */
export const MAX_BATCH = 50;

const ISSUE_FIELDS = `fragment PlansyncIssue on Issue {
  id
  identifier
  url
  title
  description
  createdAt
  state { id type }
  project { id }
  projectMilestone { id }
  labels(first: ${LABEL_PAGE}) { nodes { id name } }
  inverseRelations(first: ${RELATION_PAGE}) { nodes { id type issue { id } } }
}`;

const MILESTONE_FIELDS = `fragment PlansyncMilestone on ProjectMilestone {
  id
  name
  description
  sortOrder
  createdAt
  project { id url }
}`;

const PROJECT_FIELDS = `fragment PlansyncProject on Project {
  id
  name
  description
  slugId
  url
  createdAt
  projectMilestones(first: ${MILESTONE_PAGE}) {
    nodes { ...PlansyncMilestone }
    pageInfo { hasNextPage endCursor }
  }
}
${MILESTONE_FIELDS}`;

/** Who the key belongs to, and the team with its workflow states: what verify needs. */
export const TEAM_QUERY = `query PlansyncTeam($key: String!) {
  viewer { id name }
  teams(first: 2, filter: { key: { eqIgnoreCase: $key } }) {
    nodes { id key name states(first: 50) { nodes { id name type position } pageInfo { hasNextPage endCursor } } }
  }
}`;

/** The team's projects with their milestones, to find those plansync made. */
export const PROJECTS_QUERY = `query PlansyncProjects($team: String!, $after: String) {
  team(id: $team) {
    projects(first: ${PROJECT_PAGE}, after: $after) {
      nodes { ...PlansyncProject }
      pageInfo { hasNextPage endCursor }
    }
  }
}
${PROJECT_FIELDS}`;

/** One project by id or slug, with its milestones. */
export const PROJECT_QUERY = `query PlansyncProject($id: String!) {
  project(id: $id) { ...PlansyncProject }
}
${PROJECT_FIELDS}`;

/** Projects by name, for a configured `linear.project` given by name. */
export const PROJECTS_BY_NAME_QUERY = `query PlansyncProjectsByName($name: String!) {
  projects(first: 2, filter: { name: { eqIgnoreCase: $name } }) { nodes { ...PlansyncProject } }
}
${PROJECT_FIELDS}`;

/** More milestones of one project, when it has more than a page. */
export const MILESTONES_QUERY = `query PlansyncMilestones($project: ID!, $after: String) {
  projectMilestones(first: ${MILESTONE_PAGE}, after: $after, filter: { project: { id: { eq: $project } } }) {
    nodes { ...PlansyncMilestone }
    pageInfo { hasNextPage endCursor }
  }
}
${MILESTONE_FIELDS}`;

/** The issues of the features' projects, plus those linked from the plan: one listing. */
export const ISSUES_QUERY = `query PlansyncIssues($filter: IssueFilter!, $after: String) {
  issues(first: ${ISSUE_PAGE}, after: $after, filter: $filter) {
    nodes { ...PlansyncIssue }
    pageInfo { hasNextPage endCursor }
  }
}
${ISSUE_FIELDS}`;

/** Every label and blocker of one issue, when its nested pages were full. */
export const ISSUE_LINKS_QUERY = `query PlansyncIssueLinks($id: String!) {
  issue(id: $id) {
    labels(first: 100) { nodes { id name } }
    inverseRelations(first: 100) { nodes { id type issue { id } } }
  }
}`;

/** The labels an issue of the team can carry: the team's and the workspace's. */
export const LABELS_QUERY = `query PlansyncLabels($team: ID!, $after: String) {
  issueLabels(
    first: ${LABEL_LIST_PAGE}
    after: $after
    filter: { or: [{ team: { id: { eq: $team } } }, { team: { null: true } }] }
  ) {
    nodes { id name }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Issues by the ids plansync chose for them: recovery after an ambiguous create. */
export const ISSUES_BY_ID_QUERY = `query PlansyncIssuesById($ids: [ID!]!) {
  issues(first: ${ISSUE_PAGE}, filter: { id: { in: $ids } }) { nodes { ...PlansyncIssue } }
}
${ISSUE_FIELDS}`;

export const CREATE_ISSUES = `mutation PlansyncCreateIssues($input: IssueBatchCreateInput!) {
  issueBatchCreate(input: $input) { success issues { ...PlansyncIssue } }
}
${ISSUE_FIELDS}`;

export const UPDATE_ISSUE = `mutation PlansyncUpdateIssue($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success issue { ...PlansyncIssue } }
}
${ISSUE_FIELDS}`;

/** Closing and its comment share one request. */
export const CLOSE_ISSUE = `mutation PlansyncCloseIssue($id: String!, $input: IssueUpdateInput!, $comment: CommentCreateInput!) {
  issueUpdate(id: $id, input: $input) { success issue { ...PlansyncIssue } }
  commentCreate(input: $comment) { success }
}
${ISSUE_FIELDS}`;

export const COMMENT = `mutation PlansyncComment($input: CommentCreateInput!) {
  commentCreate(input: $input) { success }
}`;

export const CREATE_PROJECT = `mutation PlansyncCreateProject($input: ProjectCreateInput!) {
  projectCreate(input: $input) { success project { ...PlansyncProject } }
}
${PROJECT_FIELDS}`;

export const UPDATE_PROJECT = `mutation PlansyncUpdateProject($id: String!, $input: ProjectUpdateInput!) {
  projectUpdate(id: $id, input: $input) { success project { ...PlansyncProject } }
}
${PROJECT_FIELDS}`;

export const CREATE_MILESTONE = `mutation PlansyncCreateMilestone($input: ProjectMilestoneCreateInput!) {
  projectMilestoneCreate(input: $input) { success projectMilestone { ...PlansyncMilestone } }
}
${MILESTONE_FIELDS}`;

export const UPDATE_MILESTONE = `mutation PlansyncUpdateMilestone($id: String!, $input: ProjectMilestoneUpdateInput!) {
  projectMilestoneUpdate(id: $id, input: $input) { success projectMilestone { ...PlansyncMilestone } }
}
${MILESTONE_FIELDS}`;

type AliasedField = 'issueLabelCreate' | 'issueRelationCreate' | 'issueRelationDelete';

const ALIASED: Record<AliasedField, { argument: string; type: string; selection: string }> = {
  issueLabelCreate: {
    argument: 'input',
    type: 'IssueLabelCreateInput!',
    selection: '{ success issueLabel { id name } }',
  },
  issueRelationCreate: {
    argument: 'input',
    type: 'IssueRelationCreateInput!',
    selection: '{ success issueRelation { id } }',
  },
  issueRelationDelete: { argument: 'id', type: 'String!', selection: '{ success }' },
};

/**
 * Several small writes in one request, through aliases: `w0: issueLabelCreate(input: $w0)`,
 * each with its own variable `$w<i>` of the field's input type.
 */
export function aliasedMutation(name: string, fields: AliasedField[]): string {
  const variables = fields.map((f, i) => `$w${i}: ${ALIASED[f].type}`).join(', ');
  const lines = fields.map(
    (f, i) => `  w${i}: ${f}(${ALIASED[f].argument}: $w${i}) ${ALIASED[f].selection}`,
  );
  return `mutation ${name}(${variables}) {\n${lines.join('\n')}\n}`;
}
