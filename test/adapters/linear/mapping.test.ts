import { describe, expect, it } from 'vitest';
import {
  closeRequest,
  createRequest,
  relateRequest,
  updateRequest,
} from '../../../src/testing/requests.js';
import type { RemoteItem, WriteResult } from '../../../src/contract/types.js';
import { seedProject } from '../../fakes/linear/seed.js';
import { useLinearHarness } from './harness.js';

const linear = useLinearHarness();

function item(result: WriteResult | undefined): RemoteItem {
  if (!result || result.status === 'failed') throw new Error(JSON.stringify(result));
  return result.item;
}

async function inProject() {
  const project = seedProject(linear.fake, 'Plans');
  const adapter = linear.adapter({ options: { project: project.id } });
  expect(await adapter.verify()).toEqual([]);
  return adapter;
}

const stateOf = (identifier: string) => {
  const issue = linear.fake.state.issue(identifier)!;
  return linear.fake.state.states.find((s) => s.id === issue.stateId)!;
};

describe('tasks as Linear issues', () => {
  it('puts a checked task in the first completed state and an unchecked one in the first unstarted', async () => {
    const adapter = await inProject();
    const done = createRequest({ key: 'f/T001', title: 'T001 Done already', state: 'closed' });
    const open = createRequest({ key: 'f/T002', title: 'T002 Still to do' });
    const [a, b] = (await adapter.create([done, open])).map(item);
    expect([a!.id, stateOf('ENG-1').name, a!.fields.state]).toEqual(['ENG-1', 'Done', 'closed']);
    expect([b!.id, stateOf('ENG-2').name, b!.fields.state]).toEqual(['ENG-2', 'Todo', 'open']);
    expect(a!.ref).toEqual({
      text: 'ENG-1',
      url: 'https://linear.app/acme/issue/ENG-1/t001-done-already',
    });
    expect(adapter.parseRef(a!.ref.url)).toEqual({ id: 'ENG-1' });
    expect(adapter.parseRef('https://linear.app/acme/issue/ENG-1/an-old-title')).toEqual({
      id: 'ENG-1',
    });

    const reopened = updateRequest(done, a!, { state: 'open' }, ['state']);
    expect(item((await adapter.update([reopened]))[0]).fields.state).toBe('open');
    expect(stateOf('ENG-1').type).toBe('unstarted');
  });

  it('cancels a removed task with a comment saying why, in one request', async () => {
    const adapter = await inProject();
    const request = createRequest({ key: 'f/T001', title: 'T001 Dropped' });
    const created = item((await adapter.create([request]))[0]);
    const mark = linear.fake.requests.length;
    const result = await adapter.close([
      closeRequest(request, created, 'T001 was removed from the plan.'),
    ]);
    expect(result[0]?.status).toBe('closed');
    expect(stateOf('ENG-1').type).toBe('canceled');
    expect(linear.fake.state.comments.map((c) => c.body)).toEqual([
      'T001 was removed from the plan.',
    ]);
    expect(linear.operations(mark)).toEqual(['PlansyncCloseIssue']);
  });

  it('reuses a label that differs only in case and creates the missing ones in the team', async () => {
    const adapter = await inProject();
    linear.fake.state.addLabel({ name: 'parallel' });
    const request = createRequest({ key: 'f/T001', title: 'T001 x', labels: ['Parallel', 'US1'] });
    const created = item((await adapter.create([request]))[0]);
    expect(created.fields.labels).toEqual(['parallel', 'us1']);
    expect(
      linear.fake.state.labels.map((l) => [l.name, l.teamId === null ? 'workspace' : 'team']),
    ).toEqual([
      ['parallel', 'workspace'],
      ['US1', 'team'],
    ]);
  });

  it('makes `depends on T001` a blocks relation from T001, read back as the dependency', async () => {
    const adapter = await inProject();
    const [a, b] = (
      await adapter.create([
        createRequest({ key: 'f/T001', title: 'T001 First' }),
        createRequest({ key: 'f/T002', title: 'T002 Second', dependsOn: ['f/T001'] }),
      ])
    ).map(item);
    const [related] = await adapter.relate!([relateRequest(b!, [a!])]);
    expect(item(related).fields.dependsOn).toEqual(['f/T001']);
    expect(linear.fake.state.relations).toMatchObject([
      { type: 'blocks', issueId: linear.fake.state.issue('ENG-1')!.id },
    ]);
    const read = await adapter.read({ features: ['f'], links: [] });
    expect(read.items.find((i) => i.id === 'ENG-2')!.fields.dependsOn).toEqual(['f/T001']);
  });

  it('keeps the marker and a person’s text after the owned region when the description is edited on Linear', async () => {
    const adapter = await inProject();
    const request = createRequest({
      key: 'f/T001',
      title: 'T001 x',
      body: 'What to build.',
      footer: 'Source: specs/f/tasks.md line 3',
    });
    item((await adapter.create([request]))[0]);
    const issue = linear.fake.state.issue('ENG-1')!;
    expect(issue.description).toMatch(
      /^What to build\.\n\nSource: specs\/f\/tasks\.md line 3\nplansync:v1 key=f%2FT001 h=/,
    );
    issue.description += '\n\nNotes from the design review: use the shared button.';

    const read = (await adapter.read({ features: ['f'], links: [] })).items[0]!;
    expect(read.marker).toEqual(request.marker);
    expect(read.fields.body).toBe('What to build.');
    const retitled = updateRequest(request, read, { title: 'T001 Better' }, ['title']);
    await adapter.update([retitled]);
    expect(issue.description).toMatch(/Notes from the design review: use the shared button\.$/);
    expect((await adapter.read({ features: ['f'], links: [] })).items[0]!.marker).toEqual(
      retitled.marker,
    );
  });
});

describe('features as projects and phases as milestones', () => {
  it('creates the feature project for the team, a milestone in it, and issues in both', async () => {
    const adapter = linear.adapter();
    expect(adapter.kinds.container).toBeDefined();
    expect(await adapter.verify()).toEqual([]);
    const container = createRequest({
      key: 'f/feature',
      kind: 'container',
      title: '001-demo',
      body: 'Feature 001-demo',
    });
    const project = item((await adapter.create([container]))[0]);
    const phase = createRequest({
      key: 'f/phase-1',
      kind: 'group',
      title: 'Phase 1: Setup',
      body: 'Phase 1: Setup\n\n**Duration:** 2 days',
      container: 'f/feature',
      containerId: project.id,
    });
    const milestone = item((await adapter.create([phase]))[0]);
    expect(milestone.ref.url).toBe(`${project.ref.url}#${milestone.id}`);
    expect(adapter.parseRef(milestone.ref.url)).toEqual({ id: milestone.id });
    const task = createRequest({
      key: 'f/T001',
      title: 'T001 x',
      group: 'f/phase-1',
      groupId: milestone.id,
      container: 'f/feature',
      containerId: project.id,
    });
    expect(item((await adapter.create([task]))[0]).fields.group).toBe('f/phase-1');
    const [fakeProject] = linear.fake.state.projects;
    expect(fakeProject).toMatchObject({ id: container.clientId, name: '001-demo' });
    expect(linear.fake.state.issues[0]).toMatchObject({
      projectId: project.id,
      projectMilestoneId: milestone.id,
    });

    const snapshot = await adapter.read({ features: ['f'], links: [] });
    expect(snapshot.items.map((i) => [i.kind, i.marker?.key]).sort()).toEqual([
      ['container', 'f/feature'],
      ['group', 'f/phase-1'],
      ['task', 'f/T001'],
    ]);
  });
});
