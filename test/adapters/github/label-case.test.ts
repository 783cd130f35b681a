import { describe, expect, it } from 'vitest';
import { compareFields } from '../../../src/diff/compare-fields.js';
import { hashFields } from '../../../src/diff/hash-fields.js';
import { createRequest } from '../../../src/testing/requests.js';
import { REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();

describe('labels under another case', () => {
  it('reports no drift on the next run when a label already existed under another case', async () => {
    github.fake.state.seedLabel(REPO, { name: 'us1', color: 'd73a4a' });
    const base = createRequest({ key: '001-auth/T001', title: 'T001 Task', labels: ['US1'] });
    const request = { ...base, marker: { key: base.key, hashes: hashFields(base.fields) } };
    const adapter = github.adapter();
    await adapter.verify();
    await adapter.create([request]);
    const [remote] = (await adapter.read({ features: ['001-auth'], links: [] })).items;
    const cmp = compareFields(
      request.key,
      request.fields,
      remote!,
      new Set(['US1']),
      adapter.kinds.task,
    );
    expect(cmp.drift).toEqual([]);
  });
});
