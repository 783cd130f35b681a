import { describe, expect, it } from 'vitest';
import { lookUpCredentials } from '../../../adapters/jira/credentials.js';
import { parseJiraRef } from '../../../adapters/jira/parse-ref.js';
import { createSiteLookup } from '../../../adapters/jira/site.js';
import { verifySite } from '../../../adapters/jira/verify.js';
import { apiOnFake, HOST } from './harness.js';

const CONFIG = {
  host: HOST,
  project: 'PLAN',
  deployment: 'cloud' as const,
  issueType: 'Task',
  epicType: 'Epic',
  phaseAs: 'epic' as const,
};
const CLOUD_ENV = { JIRA_EMAIL: 'plansync@example.test', JIRA_API_TOKEN: 'x' };

describe('verifying the Jira site', () => {
  it('names the unset variables, never asking Jira', async () => {
    const lookup = lookUpCredentials(CONFIG, { JIRA_EMAIL: 'me@example.test' });
    const problems = await verifySite(null, lookup, CONFIG);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'auth',
        message: 'no credentials: set JIRA_API_TOKEN in the environment',
      }),
    ]);
    const dc = lookUpCredentials({ ...CONFIG, deployment: 'datacenter' }, CLOUD_ENV);
    expect(dc.missing).toEqual(['JIRA_PAT']);
  });

  it('reports a refused token naming its variables and not its value', async () => {
    const { api } = apiOnFake({ apiToken: 'secret-value-123' });
    const lookup = lookUpCredentials(CONFIG, { ...CLOUD_ENV, JIRA_API_TOKEN: 'secret-value-123' });
    const problems = await verifySite(createSiteLookup(api, CONFIG), lookup, CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'auth',
      message: 'Jira refused the credentials in JIRA_EMAIL / JIRA_API_TOKEN (401)',
    });
    expect(JSON.stringify(problems)).not.toContain('secret-value-123');
  });

  it('reports a missing project and a missing issue type', async () => {
    const { api } = apiOnFake();
    const lookup = lookUpCredentials(CONFIG, CLOUD_ENV);
    const missing = { ...CONFIG, project: 'NOPE' };
    expect((await verifySite(createSiteLookup(api, missing), lookup, missing))[0]!.code).toBe(
      'not-found',
    );
    const story = { ...CONFIG, issueType: 'Chore' };
    const problems = await verifySite(createSiteLookup(api, story), lookup, story);
    expect(problems[0]!.message).toBe('project PLAN has no issue type "Chore"');
  });

  it('finds Data Center’s epic fields in the same run-wide lookup', async () => {
    const { fake, api } = apiOnFake({ mode: 'datacenter' });
    const config = { ...CONFIG, deployment: 'datacenter' as const };
    const lookUp = createSiteLookup(api, config);
    expect(await verifySite(lookUp, lookUpCredentials(config, { JIRA_PAT: 'p' }), config)).toEqual(
      [],
    );
    expect((await lookUp()).epicFields).toEqual({
      epicLink: 'customfield_10014',
      epicName: 'customfield_10011',
    });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/rest/api/2/project/PLAN',
      '/rest/api/2/field',
    ]);
  });
});

describe('links to Jira issues', () => {
  it('reads the key from browse links of this site only', () => {
    expect(parseJiraRef(`${HOST}/browse/PLAN-17`, HOST)).toEqual({ id: 'PLAN-17' });
    expect(parseJiraRef('https://PLANSYNC.atlassian.net/browse/plan-3/?focused=1', HOST)).toEqual({
      id: 'PLAN-3',
    });
    expect(parseJiraRef('https://other.atlassian.net/browse/PLAN-17', HOST)).toBeNull();
    expect(parseJiraRef('https://github.com/acme/app/issues/3', HOST)).toBeNull();
    expect(
      parseJiraRef('http://127.0.0.1:8080/jira/browse/PLAN-2', 'http://127.0.0.1:8080/jira'),
    ).toEqual({
      id: 'PLAN-2',
    });
  });
});
