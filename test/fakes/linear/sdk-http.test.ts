import {
  AuthenticationLinearError,
  InvalidInputLinearError,
  LinearClient,
  RatelimitedLinearError,
} from '@linear/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY } from './handler.js';
import { seedIssues, seedProject } from './seed.js';
import { startLinearFakeServer, type LinearFakeServer } from './server.js';

// Hand-written documents through rawRequest: the SDK's own generated documents select
// fields newer than the published schema the fake serves.
const TEAM = `query Team($key: String!) {
  teams(filter: { key: { eq: $key } }) { nodes { id key states(first: 20) { nodes { id type position } } } }
}`;
const BATCH = `mutation Batch($input: IssueBatchCreateInput!) {
  issueBatchCreate(input: $input) { success issues { id identifier url } }
}`;
const LIST = `query List($project: ID!, $after: String) {
  issues(first: 250, after: $after, filter: { project: { id: { eq: $project } } }) {
    nodes { id identifier }
    pageInfo { hasNextPage endCursor }
  }
}`;

let server: LinearFakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(apiKey = DEFAULT_API_KEY) {
  return new LinearClient({ apiKey, apiUrl: server!.apiUrl });
}

describe('a real @linear/sdk client over HTTP', () => {
  it('finds the team, creates a batch of issues and lists a project in pages of 250', async () => {
    server = await startLinearFakeServer();
    const project = seedProject(server.fake);
    seedIssues(server.fake, 300, { projectId: project.id });
    const linear = client();

    const team = await linear.client.rawRequest<any, any>(TEAM, { key: 'ENG' });
    const teamId = team.data.teams.nodes[0].id;
    const created = await linear.client.rawRequest<any, any>(BATCH, {
      input: {
        issues: [{ teamId, projectId: project.id, title: 'T001 Create project structure' }],
      },
    });
    expect(created.data.issueBatchCreate.issues[0]).toMatchObject({
      identifier: 'ENG-301',
      url: 'https://linear.app/acme/issue/ENG-301/t001-create-project-structure',
    });

    server.fake.requests.length = 0;
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await linear.client.rawRequest<any, any>(LIST, {
        project: project.id,
        after,
      });
      ids.push(...page.data.issues.nodes.map((n: { id: string }) => n.id));
      after = page.data.issues.pageInfo.hasNextPage ? page.data.issues.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toHaveLength(301);
    expect(server.fake.requests.map((r) => [r.operation, r.write])).toEqual([
      ['List', false],
      ['List', false],
    ]);
  });

  it('raises AuthenticationLinearError for a wrong key', async () => {
    server = await startLinearFakeServer();
    await expect(
      client('wrong-key').client.rawRequest(TEAM, { key: 'ENG' }),
    ).rejects.toBeInstanceOf(AuthenticationLinearError);
  });

  it('raises RatelimitedLinearError carrying the reset time from the headers', async () => {
    server = await startLinearFakeServer();
    server.fake.faults.add({ kind: 'ratelimited', resetMs: 2000 });
    const error = await client()
      .client.rawRequest(TEAM, { key: 'ENG' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RatelimitedLinearError);
    const limited = error as RatelimitedLinearError;
    expect(limited.requestsRemaining).toBe(0);
    expect(limited.requestsResetAt! - Date.now()).toBeGreaterThan(1000);
  });

  it('raises InvalidInputLinearError for a duplicate client id', async () => {
    server = await startLinearFakeServer();
    const teamId = server.fake.state.mustTeam('ENG').id;
    const input = { issues: [{ id: '0b6f6c56-3d7a-4c2e-9d55-3c1f1c7e2a10', teamId, title: 'a' }] };
    await client().client.rawRequest(BATCH, { input });
    await expect(client().client.rawRequest(BATCH, { input })).rejects.toBeInstanceOf(
      InvalidInputLinearError,
    );
    expect(server.fake.state.issues).toHaveLength(1);
  });

  it('surfaces a connection dropped after a committed batch as an error while the issues exist', async () => {
    server = await startLinearFakeServer();
    const teamId = server.fake.state.mustTeam('ENG').id;
    server.fake.faults.add({ operation: 'issueBatchCreate', kind: 'drop-after-commit' });
    await expect(
      client().client.rawRequest(BATCH, { input: { issues: [{ teamId, title: 'a' }] } }),
    ).rejects.toThrow();
    expect(server.fake.state.issues.map((i) => i.title)).toEqual(['a']);
  });
});
