import { describe, expect, it } from 'vitest';
import { JiraError } from '../../../adapters/jira/jira-error.js';
import { toFailure } from '../../../adapters/jira/to-failure.js';
import { TrackerFailure } from '../../../adapters/transport/tracker-failure.js';
import { apiOnFake } from './harness.js';

const CREATE = { method: 'POST', path: '/rest/api/3/issue/bulk' } as const;
const task = (summary: string) => ({
  fields: { project: { key: 'PLAN' }, issuetype: { name: 'Task' }, summary },
});

describe('the Jira client', () => {
  it('waits out a 429 for as long as Retry-After asks, says so, and then succeeds', async () => {
    const { fake, api, progress, waits } = apiOnFake();
    fake.faults.add({ ...CREATE, kind: 'rate-limit', retryAfter: 3 });
    const created = await api.createIssues([task('T001')]);
    expect(created.issues?.map((i) => i.key)).toEqual(['PLAN-1']);
    expect(waits).toEqual([3000]);
    expect(progress.map((p) => p.message)).toEqual([
      'Jira rate limit: waiting 3s before retrying bulk create',
    ]);
    expect(fake.state.issues()).toHaveLength(1);
  });

  it('stops with a rate-limit error when Jira asks for a longer wait than allowed', async () => {
    const { fake, api, waits } = apiOnFake({ maxWaitSeconds: 10 });
    fake.faults.add({ ...CREATE, kind: 'rate-limit', retryAfter: 120 });
    const error = await api.createIssues([task('T001')]).catch((e: unknown) => e);
    // One line for the CLI that says when to run again, and exit 3: the rest is left for later.
    expect(error).toBeInstanceOf(TrackerFailure);
    expect(error).toMatchObject({ exitCode: 3, flags: { status: 429, rateLimited: true } });
    expect((error as Error).message).toMatch(/asks for a wait of 120s, longer than the 10s/);
    expect(toFailure(error)).toMatchObject({ rateLimited: true });
    expect(waits).toEqual([]);
  });

  it('reports refused credentials as an auth error without the secret in the message', async () => {
    const { api } = apiOnFake({ apiToken: 'wrong-secret-value' });
    const error = (await api.project('PLAN').catch((e: unknown) => e)) as JiraError;
    expect(error.auth).toBe(true);
    expect(error.message).toBe(
      'Jira answered 401: Client must be authenticated to access this resource.',
    );
    expect(JSON.stringify(error.details)).not.toContain('wrong-secret-value');
  });

  it('takes a 403 that names a failed login as refused credentials, and a plain 403 as not', async () => {
    const { fake, api } = apiOnFake();
    fake.faults.add({
      path: '/rest/api/3/project/PLAN',
      kind: 'status',
      status: 403,
      headers: { 'x-seraph-loginreason': 'AUTHENTICATION_DENIED' },
    });
    const denied = await api.project('PLAN').catch((e: unknown) => e);
    expect(toFailure(denied)).toMatchObject({ status: 403, auth: true });
    fake.faults.add({ path: '/rest/api/3/project/PLAN', kind: 'status', status: 403 });
    const forbidden = await api.project('PLAN').catch((e: unknown) => e);
    expect(toFailure(forbidden).auth).toBeUndefined();
  });

  it('calls a create whose connection dropped ambiguous and does not send it again', async () => {
    const { fake, api } = apiOnFake();
    fake.faults.add({ ...CREATE, kind: 'drop-after-commit' });
    const error = (await api.createIssues([task('T001')]).catch((e: unknown) => e)) as JiraError;
    expect(error.ambiguous).toBe(true);
    expect(error.status).toBeUndefined();
    expect(fake.requests.filter((r) => r.path.endsWith('/issue/bulk'))).toHaveLength(1);
    expect(fake.state.issues()).toHaveLength(1);
  });

  it('calls a 502 on a create ambiguous, and reads again once after a 502 on a read', async () => {
    const { fake, api } = apiOnFake();
    fake.faults.add({ ...CREATE, kind: 'status', status: 502 });
    const error = (await api.createIssues([task('T001')]).catch((e: unknown) => e)) as JiraError;
    expect([error.status, error.ambiguous]).toEqual([502, true]);
    fake.faults.add({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      kind: 'status',
      status: 502,
    });
    const found = await api.search('project = PLAN', { fields: ['summary'], properties: [] });
    expect(found).toEqual([]);
    expect(fake.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('names Jira’s field errors in the message', async () => {
    const { api } = apiOnFake();
    const error = (await api
      .editIssue('PLAN-9', { fields: { summary: 'x' } })
      .catch((e: unknown) => e)) as JiraError;
    expect(error.message).toBe(
      'Jira answered 404: Issue does not exist or you do not have permission to see it.',
    );
  });
});
