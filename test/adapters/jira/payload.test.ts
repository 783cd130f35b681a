import { describe, expect, it } from 'vitest';
import { bulkOutcomes } from '../../../adapters/jira/bulk-result.js';
import { adfFormat, wikiFormat } from '../../../adapters/jira/description.js';
import { issueToView, type MapOptions } from '../../../adapters/jira/map.js';
import { createPayload, editPayload, type PayloadContext } from '../../../adapters/jira/payload.js';
import { apiOnFake } from './harness.js';

const CLOUD: PayloadContext = {
  project: 'PLAN',
  issueType: 'Task',
  epicType: 'Epic',
  phaseAs: 'epic',
  label: 'plansync',
  format: adfFormat,
  epicFields: null,
};
const DC: PayloadContext = {
  ...CLOUD,
  format: wikiFormat,
  epicFields: { epicLink: 'customfield_10014', epicName: 'customfield_10011' },
};
const draft = {
  kind: 'task' as const,
  title: 'T002 Add login',
  body: 'Build the **form**.',
  region: 'Build the **form**.\n\nSource: specs/001-demo/tasks.md',
  labels: ['US 1', 'parallel'],
  group: 'PLAN-1',
  marker: 'plansync:v1 key=001-demo%2FT002 h=title.aa',
};
const mapOptions = (ctx: PayloadContext): MapOptions => ({
  label: ctx.label,
  epicType: ctx.epicType,
  phaseAs: ctx.phaseAs,
  format: ctx.format,
  epicFields: ctx.epicFields,
});

describe('issue payloads', () => {
  it('creates a Cloud task under its epic with hyphenated labels and the marker in one request', async () => {
    const { fake, api } = apiOnFake();
    fake.state.seedIssue('PLAN', { summary: 'Phase 1', issueType: 'Epic' });
    const answer = await api.createIssues([createPayload(draft, CLOUD)]);
    expect(bulkOutcomes(1, answer)).toEqual([
      { ok: true, issue: expect.objectContaining({ key: 'PLAN-2' }) },
    ]);
    const issue = fake.state.issue('PLAN-2')!;
    expect(issue.labels).toEqual(['US-1', 'parallel', 'plansync']);
    expect(issue.parentId).toBe(fake.state.issue('PLAN-1')!.id);
    expect(fake.counts().writes).toBe(1);

    const [read] = (
      await api.fetchByKeys(['PLAN-2'], {
        fields: ['summary', 'description', 'labels', 'issuetype', 'status', 'parent'],
        properties: ['plansync'],
      })
    ).issues;
    const view = issueToView(read!, mapOptions(CLOUD));
    expect(view).toMatchObject({
      kind: 'task',
      title: 'T002 Add login',
      state: 'open',
      labels: ['US-1', 'parallel'],
      group: 'PLAN-1',
      body: draft.body,
    });
  });

  it('creates a Data Center epic with its Epic Name and a task through Epic Link, in wiki markup', async () => {
    const { fake, api } = apiOnFake({ mode: 'datacenter' });
    const answer = await api.createIssues([
      createPayload({ ...draft, kind: 'group', title: 'Phase 1', group: null, labels: [] }, DC),
      createPayload(draft, DC),
    ]);
    expect(bulkOutcomes(2, answer).map((o) => o.ok)).toEqual([true, true]);
    const epic = fake.state.issue('PLAN-1')!;
    expect([epic.epicName, fake.state.typeOf(epic).name]).toEqual(['Phase 1', 'Epic']);
    const task = fake.state.issue('PLAN-2')!;
    expect(task.epicLink).toBe('PLAN-1');
    expect(task.description).toBe('Build the *form*.\n\nSource: specs/001-demo/tasks.md');
  });

  it('keeps what a person wrote below plansync’s part when the body changes', async () => {
    const { fake, api } = apiOnFake({ mode: 'datacenter' });
    await api.createIssues([createPayload({ ...draft, group: null }, DC)]);
    const issue = fake.state.issue('PLAN-1')!;
    issue.description = `${String(issue.description)}\n\nh3. Notes from the team`;
    const [read] = (
      await api.fetchByKeys(['PLAN-1'], {
        fields: ['summary', 'description', 'issuetype', 'status'],
        properties: ['plansync'],
      })
    ).issues;
    const view = issueToView(read!, mapOptions(DC));
    const body = 'Build the *form* and the reset link.';
    await api.editIssue(
      'PLAN-1',
      editPayload(
        { ...draft, body, region: `${body}\n\nSource: x` },
        new Set(['body']),
        view.native,
        DC,
      ),
    );
    expect(issue.description).toBe(
      'Build the _form_ and the reset link.\n\nSource: x\n\nh3. Notes from the team',
    );
  });

  it('reads a body a person changed as what it says now, so it no longer matches', async () => {
    const { fake, api } = apiOnFake();
    await api.createIssues([createPayload({ ...draft, group: null }, CLOUD)]);
    const issue = fake.state.issue('PLAN-1')!;
    const description = issue.description as { content: { content?: { text?: string }[] }[] };
    description.content[0]!.content![0]!.text = 'Make the ';
    const [read] = (
      await api.fetchByKeys(['PLAN-1'], { fields: ['description'], properties: ['plansync'] })
    ).issues;
    expect(issueToView(read!, mapOptions(CLOUD)).body).toBe('Make the form.');
  });

  it('puts each bulk failure on its own element', () => {
    const outcomes = bulkOutcomes(3, {
      issues: [
        { id: '1', key: 'PLAN-1' },
        { id: '2', key: 'PLAN-2' },
      ],
      errors: [
        {
          status: 400,
          elementErrors: { errorMessages: [], errors: { summary: 'too long' } },
          failedElementNumber: 1,
        },
      ],
    });
    expect(outcomes).toEqual([
      { ok: true, issue: { id: '1', key: 'PLAN-1' } },
      { ok: false, status: 400, message: 'Jira refused the issue: summary: too long' },
      { ok: true, issue: { id: '2', key: 'PLAN-2' } },
    ]);
  });
});
