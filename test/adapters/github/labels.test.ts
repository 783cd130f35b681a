import { describe, expect, it } from 'vitest';
import { createRequest } from '../../../src/testing/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();

function task(id: string, labels: string[]) {
  return createRequest({ key: `001-auth/${id}`, title: `${id} Task`, labels });
}

describe('labels', () => {
  it('creates each missing label once, in plansync’s colour, however many issues use it', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const mark = github.fake.requests.length;

    const results = await adapter.create([task('T001', ['P', 'US1'])]);
    results.push(...(await adapter.create([task('T002', ['P', 'US1'])])));
    results.push(...(await adapter.create([task('T003', ['US1', 'US2'])])));
    results.push(...(await adapter.create([task('T004', ['P'])])));

    expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created', 'created']);
    const requests = github.since(mark);
    const labelCreates = requests.filter(
      (r) => r.method === 'POST' && r.path === `/repos/${REPO}/labels`,
    );
    expect(labelCreates).toHaveLength(3);
    const labelLists = requests.filter(
      (r) => r.method === 'GET' && r.path === `/repos/${REPO}/labels`,
    );
    expect(labelLists).toHaveLength(1);
    expect(github.fake.state.labels(REPO).map((l) => [l.name, l.color])).toEqual([
      ['P', 'c5def5'],
      ['US1', 'c5def5'],
      ['US2', 'c5def5'],
    ]);
    const issue = github.fake.state.issue(REPO, 3)!;
    expect(github.fake.state.labelNames(issue)).toEqual(['US1', 'US2']);
  });

  it('uses the configured colour', async () => {
    const adapter = github.adapter({ options: { labelColor: '0e8a16' } });
    await adapter.verify();
    await adapter.create([task('T001', ['US1'])]);
    expect(github.fake.state.labels(REPO).map((l) => [l.name, l.color])).toEqual([
      ['US1', '0e8a16'],
    ]);
  });

  it('does not recreate a label that exists under another case, and keeps its colour', async () => {
    github.fake.state.seedLabel(REPO, { name: 'us1', color: 'd73a4a', description: 'Story one' });
    const adapter = github.adapter();
    await adapter.verify();

    const [result] = await adapter.create([task('T001', ['US1'])]);

    expect(result?.status).toBe('created');
    expect(
      github.fake.requests.filter((r) => r.path === `/repos/${REPO}/labels` && r.write),
    ).toEqual([]);
    expect(github.fake.state.labels(REPO)).toMatchObject([
      { name: 'us1', color: 'd73a4a', description: 'Story one' },
    ]);
  });

  it('reads no label list when nothing written needs a label', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    await adapter.create([task('T001', [])]);
    expect(github.fake.requests.filter((r) => r.path === `/repos/${REPO}/labels`)).toEqual([]);
  });
});
