import { describe, expect, it } from 'vitest';
import type { Adapter, CreateRequest, RemoteItem } from '../../../src/contract/types.js';
import { createRequest, relateRequest } from '../../../src/testing/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const FEATURE = '001-auth';

async function create(adapter: Adapter, request: CreateRequest): Promise<RemoteItem> {
  const [result] = await adapter.create([request]);
  if (result?.status !== 'created') throw new Error(`${request.key} was not created`);
  return result.item;
}

const task = (id: string): CreateRequest =>
  createRequest({ key: `${FEATURE}/${id}`, title: `${id} Task` });

async function read(adapter: Adapter, id: string): Promise<RemoteItem> {
  const { items } = await adapter.read({ features: [FEATURE], links: [] });
  return items.find((item) => item.marker?.key === `${FEATURE}/${id}`)!;
}

describe('dependencies as "blocked by", set through relate', () => {
  it('makes an issue blocked by the issues it depends on, sent as database ids', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const first = await create(adapter, task('T001'));
    const second = await create(adapter, task('T002'));
    const third = await create(adapter, task('T003'));
    const mark = github.fake.requests.length;

    const [result] = await adapter.relate!([relateRequest(third, [first, second])]);

    expect(result?.status).toBe('updated');
    const { state } = github.fake;
    const blockers = [state.issue(REPO, 1)!, state.issue(REPO, 2)!];
    expect(state.blockedBy(state.issue(REPO, 3)!).map((issue) => issue.number)).toEqual([1, 2]);
    const sent = (await github.sent()).filter((r) => r.path.endsWith('/dependencies/blocked_by'));
    expect(sent.map((r) => r.body)).toEqual(blockers.map((issue) => ({ issue_id: issue.id })));
    expect(blockers.map((issue) => issue.id)).not.toContain(1);
    // A new issue has no blockers yet: nothing to list before adding.
    expect(github.since(mark).filter((r) => r.method === 'GET')).toEqual([]);
    // The dependency count reads back, so a relate that failed would show as missing.
    expect((await read(adapter, 'T003')).fields.dependsOn).toEqual(['2 blocking']);
  });

  it('removes the dependency the plan dropped and keeps the others', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const first = await create(adapter, task('T001'));
    const second = await create(adapter, task('T002'));
    const third = await create(adapter, task('T003'));
    await adapter.relate!([relateRequest(third, [first, second])]);
    const mark = github.fake.requests.length;

    const [result] = await adapter.relate!([relateRequest(await read(adapter, 'T003'), [first])]);

    expect(result?.status).toBe('updated');
    const { state } = github.fake;
    expect(state.blockedBy(state.issue(REPO, 3)!).map((issue) => issue.number)).toEqual([1]);
    const writes = github.since(mark).filter((r) => r.write);
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /repos/${REPO}/issues/3/dependencies/blocked_by/${state.issue(REPO, 2)!.id}`,
    ]);
  });

  it('adds a new dependency to an existing issue without touching the one already there', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const first = await create(adapter, task('T001'));
    await create(adapter, task('T002'));
    const third = await create(adapter, task('T003'));
    await adapter.relate!([relateRequest(third, [first])]);
    // A fresh run knows nothing of the issues' database ids but what it reads.
    const next = github.adapter();
    await next.verify();
    const [one, two, three] = await Promise.all(
      ['T001', 'T002', 'T003'].map((id) => read(next, id)),
    );
    const mark = github.fake.requests.length;

    expect((await next.relate!([relateRequest(three!, [one!, two!])]))[0]?.status).toBe('updated');

    const { state } = github.fake;
    expect(state.blockedBy(state.issue(REPO, 3)!).map((issue) => issue.number)).toEqual([1, 2]);
    expect(github.since(mark).filter((r) => r.write)).toHaveLength(1);
  });
});
