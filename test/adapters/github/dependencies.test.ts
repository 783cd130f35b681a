import { describe, expect, it } from 'vitest';
import type { Adapter, CreateRequest, RemoteItem } from '../../../src/sync/types.js';
import { createRequest, updateRequest } from '../../contract/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const FEATURE = '001-auth';

async function create(adapter: Adapter, request: CreateRequest): Promise<RemoteItem> {
  const [result] = await adapter.create([request]);
  if (result?.status !== 'created') throw new Error(`${request.key} was not created`);
  return result.item;
}

function task(id: string, dependsOn: RemoteItem[] = []): CreateRequest {
  return createRequest({
    key: `${FEATURE}/${id}`,
    title: `${id} Task`,
    dependsOn: dependsOn.map((item) => item.marker!.key),
    dependsOnIds: dependsOn.map((item) => item.id),
  });
}

describe('dependencies as "blocked by"', () => {
  it('makes an issue blocked by the issues it depends on, sent as database ids', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const first = await create(adapter, task('T001'));
    const second = await create(adapter, task('T002'));
    const mark = github.fake.requests.length;
    await create(adapter, task('T003', [first, second]));

    const { state } = github.fake;
    const blocked = state.issue(REPO, 3)!;
    const blockers = [state.issue(REPO, 1)!, state.issue(REPO, 2)!];
    expect(state.blockedBy(blocked).map((issue) => issue.number)).toEqual([1, 2]);
    const sent = (await github.sent()).filter((r) => r.path.endsWith('/dependencies/blocked_by'));
    expect(sent.map((r) => r.body)).toEqual(blockers.map((issue) => ({ issue_id: issue.id })));
    expect(blockers.map((issue) => issue.id)).not.toContain(1);
    // A new issue has no blockers yet: nothing to list before adding.
    expect(
      github.since(mark).filter((r) => r.method === 'GET' && r.path.includes('dependencies')),
    ).toEqual([]);
  });

  it('removes the dependency the plan dropped and keeps the others', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const first = await create(adapter, task('T001'));
    const second = await create(adapter, task('T002'));
    const before = task('T003', [first, second]);
    await create(adapter, before);
    const remote = (await adapter.read({ features: [FEATURE], links: [] })).items.find(
      (item) => item.marker?.key === before.key,
    )!;
    const mark = github.fake.requests.length;

    const request = updateRequest(
      before,
      remote,
      { dependsOn: [first.marker!.key], dependsOnIds: [first.id] },
      ['dependsOn'],
    );
    const [result] = await adapter.update([request]);

    expect(result?.status).toBe('updated');
    const { state } = github.fake;
    expect(state.blockedBy(state.issue(REPO, 3)!).map((issue) => issue.number)).toEqual([1]);
    const writes = github.since(mark).filter((r) => r.write && r.path.includes('dependencies'));
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /repos/${REPO}/issues/3/dependencies/blocked_by/${state.issue(REPO, 2)!.id}`,
    ]);
  });

  it('adds a new dependency to an existing issue without touching the one already there', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const first = await create(adapter, task('T001'));
    const second = await create(adapter, task('T002'));
    const before = task('T003', [first]);
    await create(adapter, before);
    // A fresh run knows nothing of the issues' database ids but what it reads.
    const next = github.adapter();
    await next.verify();
    const remote = (await next.read({ features: [FEATURE], links: [] })).items.find(
      (item) => item.marker?.key === before.key,
    )!;

    const request = updateRequest(
      before,
      remote,
      {
        dependsOn: [first.marker!.key, second.marker!.key],
        dependsOnIds: [first.id, second.id],
      },
      ['dependsOn'],
    );
    expect((await next.update([request]))[0]?.status).toBe('updated');

    const { state } = github.fake;
    expect(state.blockedBy(state.issue(REPO, 3)!).map((issue) => issue.number)).toEqual([1, 2]);
  });
});
