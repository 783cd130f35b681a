import { describe, expect, it } from 'vitest';
import type { Adapter, CreateRequest, RemoteItem } from '../../../src/diff/types.js';
import {
  closeRequest,
  createRequest,
  relateRequest,
  updateRequest,
} from '../../../src/testing/requests.js';
import { loadGitHubOpenApi } from '../../fakes/github/openapi.js';
import { useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const FEATURE = '001-auth';

async function create(adapter: Adapter, request: CreateRequest): Promise<RemoteItem> {
  const [result] = await adapter.create([request]);
  if (result?.status !== 'created') throw new Error(`${request.key} was not created`);
  return result.item;
}

/** Everything a push can do, in the order a push does it. */
async function realisticPushes(adapter: Adapter): Promise<void> {
  expect(await adapter.verify()).toEqual([]);
  await adapter.read({ features: [FEATURE], links: [] });

  const phase1 = createRequest({
    key: `${FEATURE}/phase-1`,
    kind: 'group',
    title: 'Phase 1: Setup',
    body: 'Set up.',
  });
  const phase2 = createRequest({
    key: `${FEATURE}/phase-2`,
    kind: 'group',
    title: 'Phase 2: Core',
    body: 'Build the core.',
  });
  const group1 = await create(adapter, phase1);
  const group2 = await create(adapter, phase2);
  const t1 = createRequest({
    key: `${FEATURE}/T001`,
    title: 'T001 Create project structure',
    body: 'Create the folders.',
    labels: ['P', 'US1'],
    group: phase1.key,
    groupId: group1.id,
    footer: 'Source: specs/001-auth/tasks.md line 12',
  });
  const item1 = await create(adapter, t1);
  const t2 = createRequest({
    key: `${FEATURE}/T002`,
    title: 'T002 Add the model',
    group: phase1.key,
    groupId: group1.id,
    dependsOn: [t1.key],
  });
  const item2 = await create(adapter, t2);
  await adapter.relate!([relateRequest(item2, [item1])]);
  const t3 = createRequest({ key: `${FEATURE}/T003`, title: 'T003 Done already', state: 'closed' });
  await create(adapter, t3);

  const snapshot = await adapter.read({ features: [FEATURE], links: [] });
  const remote = (key: string) => snapshot.items.find((item) => item.marker?.key === key)!;
  const updates = [
    updateRequest(
      t1,
      remote(t1.key),
      {
        title: 'T001 Create the layout',
        body: 'Create the folders and a README.',
        labels: ['US1', 'US2'],
        group: phase2.key,
        groupId: group2.id,
        state: 'closed',
      },
      ['title', 'body', 'labels', 'group', 'state'],
    ),
    updateRequest(t3, remote(t3.key), { state: 'open' }, ['state']),
    updateRequest(phase1, remote(phase1.key), { title: 'Phase 1: Set-up', state: 'closed' }, [
      'title',
      'state',
    ]),
  ];
  for (const request of updates) {
    expect((await adapter.update([request]))[0]?.status, request.key).toBe('updated');
  }
  expect((await adapter.relate!([relateRequest(remote(t2.key), [])]))[0]?.status).toBe('updated');
  const closes = [
    closeRequest(t2, remote(t2.key), 'T002 left the plan.'),
    closeRequest(phase2, remote(phase2.key), null),
  ];
  for (const request of closes) {
    expect((await adapter.close([request]))[0]?.status, request.key).toBe('closed');
  }
}

describe('requests the GitHub adapter sends', () => {
  it('fit GitHub’s published description, every path and every JSON body', async () => {
    const api = loadGitHubOpenApi();
    await realisticPushes(github.adapter());
    const sent = await github.sent();

    const problems: string[] = [];
    const operations = new Set<string>();
    for (const request of sent) {
      const match = api.find(request.method, request.path);
      if (!match) {
        problems.push(`${request.method} ${request.path}: not a documented operation`);
        continue;
      }
      operations.add(`${request.method} ${match.template}`);
      if (request.body !== undefined) {
        problems.push(...api.checkRequest(request.method, request.path, request.body));
      }
    }

    expect(problems).toEqual([]);
    // The sequence must really have exercised each kind of write, or the check proves little.
    expect([...operations].filter((op) => !op.startsWith('GET')).sort()).toEqual([
      'DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'PATCH /repos/{owner}/{repo}/milestones/{milestone_number}',
      'POST /repos/{owner}/{repo}/issues',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by',
      'POST /repos/{owner}/{repo}/labels',
      'POST /repos/{owner}/{repo}/milestones',
    ]);
    expect(sent.filter((r) => r.body !== undefined).length).toBeGreaterThanOrEqual(15);
  });
});
