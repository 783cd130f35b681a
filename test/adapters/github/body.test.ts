import { describe, expect, it } from 'vitest';
import type { Adapter, RemoteItem } from '../../../src/diff/types.js';
import { createRequest, updateRequest } from '../../../src/testing/requests.js';
import { markedBody, REPO, useGitHubHarness } from './harness.js';

const github = useGitHubHarness();
const FEATURE = '001-auth';
const BEFORE = 'Reviewer notes: keep the folder names short.\n\n';
const AFTER = '\n\n---\nQA: checked on staging.';

const task = createRequest({
  key: `${FEATURE}/T001`,
  title: 'T001 Create project structure',
  body: 'Create `src/` and `test/`.',
});

/** Creates the task, then lets a person write around plansync's region. */
async function createdAndEdited(): Promise<{ adapter: Adapter; remote: RemoteItem }> {
  const adapter = github.adapter();
  await adapter.verify();
  await adapter.create([task]);
  const issue = github.fake.state.issue(REPO, 1)!;
  issue.body = `${BEFORE}${issue.body}${AFTER}`;
  const snapshot = await adapter.read({ features: [FEATURE], links: [] });
  return { adapter, remote: snapshot.items[0]! };
}

describe('the issue body', () => {
  it('keeps only the owned text in the region, and reads it back without the source footer', async () => {
    const adapter = github.adapter();
    await adapter.verify();
    const footer = `Source: [specs/001-auth/tasks.md line 14](https://github.com/${REPO}/blob/HEAD/specs/001-auth/tasks.md#L14) · managed by plansync`;
    await adapter.create([
      createRequest({
        key: `${FEATURE}/T001`,
        title: 'T001 Create project structure',
        body: 'Create `src/` and `test/`.',
        footer,
      }),
    ]);
    const body = github.fake.state.issue(REPO, 1)!.body!;
    expect(body).toContain('Create `src/` and `test/`.');
    expect(body).toContain(
      `[specs/001-auth/tasks.md line 14](https://github.com/${REPO}/blob/HEAD/specs/001-auth/tasks.md#L14)`,
    );
    const [item] = (await adapter.read({ features: [FEATURE], links: [] })).items;
    expect(item?.fields.body).toBe('Create `src/` and `test/`.');
  });

  it('keeps people’s text around the region when only the title changes', async () => {
    const { adapter, remote } = await createdAndEdited();
    expect(remote.fields.body).toBe(task.fields.body);

    const request = updateRequest(task, remote, { title: 'T001 Create the layout' }, ['title']);
    const [result] = await adapter.update([request]);

    expect(result?.status).toBe('updated');
    const issue = github.fake.state.issue(REPO, 1)!;
    expect(issue.title).toBe('T001 Create the layout');
    expect(issue.body).toBe(`${BEFORE}${markedBody(request.marker, task.fields.body)}${AFTER}`);
  });

  it('replaces only the region when the body changes', async () => {
    const { adapter, remote } = await createdAndEdited();

    const request = updateRequest(task, remote, { body: 'Create `lib/` instead.' }, ['body']);
    const [result] = await adapter.update([request]);

    expect(result?.status).toBe('updated');
    const issue = github.fake.state.issue(REPO, 1)!;
    expect(issue.title).toBe(task.fields.title);
    expect(issue.body).toBe(
      `${BEFORE}${markedBody(request.marker, 'Create `lib/` instead.')}${AFTER}`,
    );
    const [item] = (await adapter.read({ features: [FEATURE], links: [] })).items;
    expect(item?.fields.body).toBe('Create `lib/` instead.');
  });

  it('keeps people’s text around a milestone’s region too', async () => {
    const phase = createRequest({
      key: `${FEATURE}/phase-1`,
      kind: 'group',
      title: 'Phase 1: Setup',
      body: 'Set up.',
    });
    const adapter = github.adapter();
    await adapter.verify();
    await adapter.create([phase]);
    const milestone = github.fake.state.milestone(REPO, 1)!;
    milestone.description = `${BEFORE}${milestone.description}${AFTER}`;
    const [remote] = (await adapter.read({ features: [FEATURE], links: [] })).items;

    const request = updateRequest(phase, remote!, { body: 'Set up, then test.' }, ['body']);
    expect((await adapter.update([request]))[0]?.status).toBe('updated');

    expect(github.fake.state.milestone(REPO, 1)?.description).toBe(
      `${BEFORE}${markedBody(request.marker, 'Set up, then test.')}${AFTER}`,
    );
  });
});
