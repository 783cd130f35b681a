/**
 * The fields the fake answers, per schema type. A document asking for anything else is
 * refused before it runs, naming the field, so a gap in the fake shows up even when a
 * listing is empty and the field would never be resolved. views.ts builds exactly these.
 */
import {
  getNamedType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

const STAMPS = ['id', 'createdAt', 'updatedAt', 'archivedAt'];
const PAYLOAD = ['success', 'lastSyncId'];

export const MODELLED: Record<string, readonly string[]> = {
  Query: [
    'viewer',
    'organization',
    'teams',
    'team',
    'workflowStates',
    'projects',
    'project',
    'projectMilestones',
    'projectMilestone',
    'issueLabels',
    'issues',
    'issue',
  ],
  Mutation: [
    'issueBatchCreate',
    'issueCreate',
    'issueUpdate',
    'issueRelationCreate',
    'issueRelationDelete',
    'commentCreate',
    'projectCreate',
    'projectUpdate',
    'projectMilestoneCreate',
    'projectMilestoneUpdate',
    'issueLabelCreate',
    'attachmentCreate',
  ],
  User: ['id', 'name', 'displayName', 'email', 'admin', 'organization'],
  Organization: ['id', 'name', 'urlKey'],
  Team: [...STAMPS, 'key', 'name', 'organization', 'states', 'labels', 'projects', 'issues'],
  WorkflowState: [...STAMPS, 'name', 'type', 'position', 'color', 'team'],
  Project: [
    ...STAMPS,
    'name',
    'description',
    'slugId',
    'url',
    'creator',
    'teams',
    'projectMilestones',
    'issues',
  ],
  ProjectMilestone: [...STAMPS, 'name', 'description', 'sortOrder', 'project', 'issues'],
  IssueLabel: [...STAMPS, 'name', 'color', 'description', 'isGroup', 'parent', 'team'],
  Issue: [
    ...STAMPS,
    'identifier',
    'number',
    'url',
    'title',
    'description',
    'completedAt',
    'canceledAt',
    'trashed',
    'creator',
    'team',
    'state',
    'project',
    'projectMilestone',
    'labels',
    'relations',
    'inverseRelations',
    'comments',
    'attachments',
  ],
  IssueRelation: [...STAMPS, 'type', 'issue', 'relatedIssue'],
  Comment: [...STAMPS, 'body', 'issue', 'user'],
  Attachment: [...STAMPS, 'title', 'subtitle', 'url', 'metadata', 'issue'],
  PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
  IssueBatchPayload: [...PAYLOAD, 'issues'],
  IssuePayload: [...PAYLOAD, 'issue'],
  IssueRelationPayload: [...PAYLOAD, 'issueRelation'],
  CommentPayload: [...PAYLOAD, 'comment'],
  ProjectPayload: [...PAYLOAD, 'project'],
  ProjectMilestonePayload: [...PAYLOAD, 'projectMilestone'],
  IssueLabelPayload: [...PAYLOAD, 'issueLabel'],
  AttachmentPayload: [...PAYLOAD, 'attachment'],
  DeletePayload: [...PAYLOAD, 'entityId'],
};

/** Arguments the fake honours; `last`, `before`, `sort` and the rest are refused. */
const ARGUMENTS = new Set([
  'id',
  'input',
  'first',
  'after',
  'orderBy',
  'filter',
  'includeArchived',
]);

function isModelled(typeName: string, field: string): boolean {
  if (typeName.endsWith('Connection')) return ['nodes', 'edges', 'pageInfo'].includes(field);
  if (typeName.endsWith('Edge')) return ['node', 'cursor'].includes(field);
  return MODELLED[typeName]?.includes(field) ?? false;
}

/** What the document asks for that the fake does not model, as `Type.field` names. */
export function unmodelledIn(schema: GraphQLSchema, document: DocumentNode): string[] {
  const found: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (!parent || name.startsWith('__')) return;
        if (!isModelled(getNamedType(parent).name, name)) found.push(`${parent.name}.${name}`);
        for (const arg of node.arguments ?? []) {
          if (!ARGUMENTS.has(arg.name.value))
            found.push(`${parent.name}.${name}(${arg.name.value}:)`);
        }
      },
    }),
  );
  return found;
}
