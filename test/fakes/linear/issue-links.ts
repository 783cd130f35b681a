/**
 * What hangs off an issue: relations (a `blocks` relation points from the blocker to the
 * issue that waits), comments and attachments.
 */
import { entityNotFound, inputError } from './errors.js';
import type { FakeAttachment, FakeComment, FakeIssue, FakeRelation, FakeUser } from './model.js';

interface Store {
  relations: FakeRelation[];
  comments: FakeComment[];
  attachments: FakeAttachment[];
  viewer: FakeUser;
  stamp(id?: string): { id: string; createdAt: string; updatedAt: string; seq: number };
  checkNewId(id: string | undefined | null, entity: string): void;
  mustIssue(idOrIdentifier: string): FakeIssue;
  touch(record: { updatedAt: string }): void;
}

export function createIssueLinks(store: Store) {
  const { relations, comments, attachments, viewer, stamp, checkNewId, mustIssue, touch } = store;

  function addRelation(input: {
    type: FakeRelation['type'];
    issueId: string;
    relatedIssueId: string;
    id?: string | null;
  }): FakeRelation {
    checkNewId(input.id, 'issue relation');
    const from = mustIssue(input.issueId);
    const to = mustIssue(input.relatedIssueId);
    if (from.id === to.id) throw inputError('An issue cannot relate to itself');
    const same = relations.find(
      (r) => r.type === input.type && r.issueId === from.id && r.relatedIssueId === to.id,
    );
    // Linear answers an existing relation rather than making a second one.
    if (same) return same;
    const made: FakeRelation = {
      ...stamp(input.id ?? undefined),
      type: input.type,
      issueId: from.id,
      relatedIssueId: to.id,
    };
    relations.push(made);
    touch(from);
    touch(to);
    return made;
  }

  function deleteRelation(id: string): FakeRelation {
    const index = relations.findIndex((r) => r.id === id);
    if (index < 0) throw entityNotFound('IssueRelation', id);
    const [removed] = relations.splice(index, 1);
    return removed!;
  }

  function addComment(input: { issueId: string; body: string; id?: string | null }): FakeComment {
    checkNewId(input.id, 'comment');
    const target = mustIssue(input.issueId);
    const made: FakeComment = {
      ...stamp(input.id ?? undefined),
      issueId: target.id,
      body: input.body,
      userId: viewer.id,
    };
    comments.push(made);
    return made;
  }

  function addAttachment(input: {
    issueId: string;
    title: string;
    url: string;
    subtitle?: string | null;
    metadata?: Record<string, unknown> | null;
    id?: string | null;
  }): FakeAttachment {
    checkNewId(input.id, 'attachment');
    const target = mustIssue(input.issueId);
    // One attachment per URL and issue: Linear updates the existing one instead.
    const same = attachments.find((a) => a.issueId === target.id && a.url === input.url);
    if (same) {
      Object.assign(same, {
        title: input.title,
        subtitle: input.subtitle ?? same.subtitle,
        metadata: input.metadata ?? same.metadata,
      });
      touch(same);
      return same;
    }
    const made: FakeAttachment = {
      ...stamp(input.id ?? undefined),
      issueId: target.id,
      title: input.title,
      url: input.url,
      subtitle: input.subtitle ?? null,
      metadata: input.metadata ?? {},
    };
    attachments.push(made);
    return made;
  }

  return { addRelation, deleteRelation, addComment, addAttachment };
}
