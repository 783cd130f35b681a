/**
 * Creates, updates and closes issues. A batch of creates is one bulk request (Jira takes 50);
 * each element's outcome goes back to its item. An update sends one edit with the changed
 * fields and the marker, and a state change is one transition carrying the marker too, so a
 * title edit or a checked box costs exactly one write.
 */
import type {
  CloseRequest,
  CreateRequest,
  FieldName,
  RemoteItem,
  UpdateRequest,
  WriteResult,
} from '../../src/contract/types.js';
import { encodeMarker } from '../../src/contract/marker.js';
import { bulkOutcomes } from './bulk-result.js';
import { payloadContext, type JiraContext } from './context.js';
import type { IssueNative } from './map.js';
import { readMarkerProperty } from './marker-property.js';
import { browseUrl } from './parse-ref.js';
import { createPayload, editPayload, type EditableField, type IssueDraft } from './payload.js';
import { toFailure } from './to-failure.js';
import type { IssueUpdate } from './wire.js';

const EDITABLE: readonly FieldName[] = ['title', 'body', 'labels', 'group'];

function draftOf(request: CreateRequest): IssueDraft {
  return {
    kind: request.kind === 'group' ? 'group' : 'task',
    title: request.fields.title,
    body: request.fields.body,
    region: request.region,
    labels: request.fields.labels,
    group: request.groupId,
    marker: encodeMarker(request.marker),
  };
}

export async function createIssues(
  ctx: JiraContext,
  batch: CreateRequest[],
): Promise<WriteResult[]> {
  let payloads: IssueUpdate[];
  try {
    const pctx = await payloadContext(ctx);
    payloads = batch.map((request) => createPayload(draftOf(request), pctx));
    const answer = await ctx.api.createIssues(payloads);
    return bulkOutcomes(batch.length, answer).map((outcome, i): WriteResult => {
      const request = batch[i]!;
      if (!outcome.ok) {
        return {
          key: request.key,
          status: 'failed',
          error: { message: outcome.message, status: outcome.status },
        };
      }
      return {
        key: request.key,
        status: 'created',
        item: createdItem(ctx, request, payloads[i]!, outcome.issue),
      };
    });
  } catch (error) {
    const failure = toFailure(error);
    return batch.map((request) => ({ key: request.key, status: 'failed', error: failure }));
  }
}

function createdItem(
  ctx: JiraContext,
  request: CreateRequest,
  payload: IssueUpdate,
  issue: { id: string; key: string },
): RemoteItem {
  const native: IssueNative = {
    type: 'issue',
    key: issue.key,
    id: issue.id,
    issueType: request.kind === 'group' ? ctx.config.epicType : ctx.config.issueType,
    description: payload.fields?.description ?? null,
    property: readMarkerProperty({ plansync: payload.properties?.[0]?.value }),
    blockers: [],
  };
  return {
    id: issue.key,
    kind: request.kind,
    ref: { text: issue.key, url: browseUrl(ctx.config.host, issue.key) },
    marker: request.marker,
    fields: { ...request.fields, dependsOn: [] },
    createdAt: new Date().toISOString(),
    native,
  };
}

export async function updateIssue(ctx: JiraContext, request: UpdateRequest): Promise<WriteResult> {
  const native = request.remote.native as IssueNative;
  try {
    const pctx = await payloadContext(ctx);
    const changes = new Set(request.changes.filter((c) => EDITABLE.includes(c)) as EditableField[]);
    const payload = editPayload(draftOf(request), changes, native, pctx);
    const stateChanged =
      request.changes.includes('state') && request.remote.fields.state !== request.fields.state;
    // The marker rides on the transition when nothing else changes: one write for a checked box.
    if (changes.size > 0 || !stateChanged) await ctx.api.editIssue(native.key, payload);
    if (stateChanged) {
      const category = request.fields.state === 'closed' ? 'done' : 'new';
      await ctx.moveTo(native.key, native.issueType, category, { properties: payload.properties! });
    }
    return { key: request.key, status: 'updated', item: updatedItem(request, payload) };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}

function updatedItem(request: UpdateRequest, payload: IssueUpdate): RemoteItem {
  const native = request.remote.native as IssueNative;
  const description = payload.fields?.description ?? native.description;
  return {
    ...request.remote,
    marker: request.marker,
    fields: { ...request.remote.fields, ...pick(request) },
    native: {
      ...native,
      description,
      property: readMarkerProperty({ plansync: payload.properties?.[0]?.value }),
    },
  };
}

function pick(request: UpdateRequest) {
  const out: Record<string, unknown> = {};
  for (const name of request.changes) out[name] = request.fields[name];
  return out;
}

/**
 * A task or epic that left the plan: moved to done, with the comment saying why and the new
 * marker in the same transition. An issue already done only gets the comment and the marker.
 */
export async function closeIssue(ctx: JiraContext, request: CloseRequest): Promise<WriteResult> {
  const native = request.remote.native as IssueNative;
  try {
    const pctx = await payloadContext(ctx);
    const draft: IssueDraft = {
      kind: request.kind === 'group' ? 'group' : 'task',
      title: request.remote.fields.title ?? '',
      body: request.remote.fields.body ?? '',
      region: request.region,
      labels: request.remote.fields.labels ?? [],
      group: null,
      marker: encodeMarker(request.marker),
    };
    const { properties } = editPayload(draft, new Set(), native, pctx);
    const comment = request.comment ? ctx.format.comment(request.comment) : undefined;
    if (request.remote.fields.state === 'closed') {
      if (comment !== undefined) await ctx.api.comment(native.key, comment);
      await ctx.api.editIssue(native.key, { properties: properties! });
    } else {
      await ctx.moveTo(native.key, native.issueType, 'done', {
        properties: properties!,
        ...(comment !== undefined ? { update: { comment: [{ add: { body: comment } }] } } : {}),
      });
    }
    const item: RemoteItem = {
      ...request.remote,
      marker: request.marker,
      fields: { ...request.remote.fields, state: 'closed' },
      closedAs: 'completed',
    };
    return { key: request.key, status: 'closed', item };
  } catch (error) {
    return { key: request.key, status: 'failed', error: toFailure(error) };
  }
}
