import { describe, expect, it } from 'vitest';
import { createRequest } from '../../../src/testing/requests.js';
import { markedBody, REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();

const phase = createRequest({
  key: '001-auth/phase-1',
  kind: 'group',
  title: 'Phase 1: Setup',
  body: 'Set up the project.',
});

describe('milestones for phases', () => {
  it('creates a milestone whose description carries the marker, open, with the owned text', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const [result] = await adapter.create([phase]);

    expect(result?.status).toBe('created');
    const [milestone] = github.fake.state.milestones(REPO);
    expect(milestone?.title).toBe('Phase 1: Setup');
    expect(milestone?.state).toBe('open');
    expect(milestone?.description).toBe(markedBody(phase.marker, 'Set up the project.'));
    if (result?.status !== 'created') throw new Error('unreachable');
    expect(result.item.ref).toEqual({
      text: 'Phase 1: Setup',
      url: `https://github.com/${REPO}/milestone/${milestone?.number}`,
    });
  });

  it('refuses to take over a milestone of the same title that a person made, and names the title', async () => {
    github.fake.state.seedMilestone(REPO, {
      title: 'Phase 1: Setup',
      description: 'Made by hand for the release.',
    });
    const adapter = github.adapter();
    await adapter.verify();
    const mark = github.fake.requests.length;

    const [result] = await adapter.create([phase]);

    expect(result?.status).toBe('failed');
    if (result?.status !== 'failed') throw new Error('unreachable');
    expect(result.error.message).toContain('"Phase 1: Setup"');
    expect(result.error.ambiguous).toBeUndefined();
    expect(github.fake.state.milestones(REPO)).toMatchObject([
      { title: 'Phase 1: Setup', description: 'Made by hand for the release.' },
    ]);
    expect(github.since(mark).filter((r) => r.write && r.status < 400)).toEqual([]);
  });

  it('recovers its own milestone when a create is repeated after it already happened', async () => {
    const existing = github.fake.state.seedMilestone(REPO, {
      title: 'Phase 1: Setup',
      description: markedBody(phase.marker, 'Set up the project.'),
    });
    const adapter = github.adapter();
    await adapter.verify();

    const [result] = await adapter.create([phase]);

    expect(result?.status).toBe('created');
    if (result?.status !== 'created') throw new Error('unreachable');
    expect(result.item.id).toBe(String(existing.number));
    expect(result.item.marker).toEqual(phase.marker);
    expect(github.fake.state.milestones(REPO)).toHaveLength(1);
  });

  it('files tasks created with the group id under the milestone', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const [group] = await adapter.create([phase]);
    if (group?.status !== 'created') throw new Error('no milestone');
    const task = createRequest({
      key: '001-auth/T001',
      title: 'T001 Task',
      group: phase.key,
      groupId: group.item.id,
    });
    await adapter.create([task]);
    expect(github.fake.state.issue(REPO, 1)?.milestone).toBe(Number(group.item.id));
    const snapshot = await adapter.read({ features: ['001-auth'], links: [] });
    const read = snapshot.items.find((item) => item.marker?.key === task.key);
    expect(read?.fields.group).toBe(phase.key);
  });
});
