/**
 * What a create or an edit sends for one item: the fields plansync owns in the deployment's
 * shape (an epic through `parent` on Cloud, through Epic Link on Data Center, or a fix
 * version), plansync's label for bounded JQL, and the marker property, all in one request.
 */
import type { DescriptionFormat } from './description.js';
import type { EpicFields } from './epic-fields.js';
import type { IssueNative } from './map.js';
import { jiraLabel } from './map.js';
import { bodySum } from './description.js';
import { markerProperty, withText } from './marker-property.js';
import type { IssueUpdate } from './wire.js';

export interface IssueDraft {
  kind: 'group' | 'task';
  title: string;
  /** Markdown of the owned body, and of the whole owned region (body and source line). */
  body: string;
  region: string;
  labels: string[];
  /** Epic key, or fix version id, of a task's phase. */
  group: string | null;
  /** The encoded marker text. */
  marker: string;
}

export interface PayloadContext {
  project: string;
  issueType: string;
  epicType: string;
  phaseAs: 'epic' | 'version';
  label: string;
  format: DescriptionFormat;
  epicFields: EpicFields | null;
}

export type EditableField = 'title' | 'body' | 'labels' | 'group';

export function createPayload(draft: IssueDraft, ctx: PayloadContext): IssueUpdate {
  const rendered = ctx.format.render(draft.body, draft.region);
  const fields: Record<string, unknown> = {
    project: { key: ctx.project },
    issuetype: { name: draft.kind === 'group' ? ctx.epicType : ctx.issueType },
    summary: draft.title,
    description: rendered.value,
    labels: labelsFor(draft, ctx),
    ...groupFields(draft, ctx),
  };
  if (draft.kind === 'group' && ctx.epicFields) fields[ctx.epicFields.epicName] = draft.title;
  return {
    fields,
    properties: [
      markerProperty(
        withText(
          {
            marker: draft.marker,
            body: rendered.body,
            region: rendered.region,
            sum: bodySum(ctx.format, rendered.value, rendered.body),
          },
          draft.body,
        ),
      ),
    ],
  };
}

/** Only the changed fields, plus the refreshed marker; people's text below the region stays. */
export function editPayload(
  draft: IssueDraft,
  changes: ReadonlySet<EditableField>,
  native: IssueNative,
  ctx: PayloadContext,
): IssueUpdate {
  const fields: Record<string, unknown> = {};
  const before = native.property;
  let body = before?.body ?? 0;
  let region = before?.region ?? 0;
  let sum = before?.sum ?? '';
  let text = before?.text;
  if (changes.has('title')) fields.summary = draft.title;
  if (changes.has('body')) {
    const rendered = ctx.format.render(draft.body, draft.region, native.description, region);
    fields.description = rendered.value;
    body = rendered.body;
    region = rendered.region;
    sum = bodySum(ctx.format, rendered.value, rendered.body);
    text = draft.body;
  }
  if (changes.has('labels')) fields.labels = labelsFor(draft, ctx);
  if (changes.has('group')) Object.assign(fields, groupFields(draft, ctx, true));
  const value = { marker: draft.marker, body, region, sum };
  return {
    fields,
    properties: [markerProperty(text === undefined ? value : withText(value, text))],
  };
}

function labelsFor(draft: IssueDraft, ctx: PayloadContext): string[] {
  return [...new Set([...draft.labels.map(jiraLabel), ctx.label])];
}

function groupFields(
  draft: IssueDraft,
  ctx: PayloadContext,
  clear = false,
): Record<string, unknown> {
  if (draft.kind === 'group') return {};
  if (!draft.group) {
    if (!clear) return {};
    if (ctx.phaseAs === 'version') return { fixVersions: [] };
    return ctx.epicFields ? { [ctx.epicFields.epicLink]: null } : { parent: null };
  }
  if (ctx.phaseAs === 'version') return { fixVersions: [{ id: draft.group }] };
  return ctx.epicFields
    ? { [ctx.epicFields.epicLink]: draft.group }
    : { parent: { key: draft.group } };
}
