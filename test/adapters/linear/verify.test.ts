import { describe, expect, it } from 'vitest';
import { resolveApiUrl } from '../../../adapters/linear/config.js';
import { seedProject } from '../../fakes/linear/seed.js';
import { useLinearHarness } from './harness.js';

const linear = useLinearHarness({ teams: [{ key: 'ENG' }, { key: 'OPS' }] });

describe('verify', () => {
  it('finds the team and a project named in config, in two requests', async () => {
    seedProject(linear.fake, 'Roadmap 2027');
    const adapter = linear.adapter({ options: { project: 'roadmap 2027' } });
    expect(await adapter.verify()).toEqual([]);
    expect(linear.operations()).toEqual(['PlansyncTeam', 'PlansyncProjectsByName']);
  });

  it('reports a refused key as an auth problem naming LINEAR_API_KEY, without the key', async () => {
    const adapter = linear.adapter({ env: { LINEAR_API_KEY: 'lin_api_wrong' } });
    const problems = await adapter.verify();
    expect(problems).toMatchObject([
      { code: 'auth', message: expect.stringContaining('LINEAR_API_KEY') },
    ]);
    expect(JSON.stringify(problems)).not.toContain('lin_api_wrong');
  });

  it('reports a missing key before sending anything', async () => {
    const problems = await linear.adapter({ env: {} }).verify();
    expect(problems).toMatchObject([
      { code: 'auth', message: 'no API key: set LINEAR_API_KEY in the environment' },
    ]);
    expect(linear.fake.requests).toEqual([]);
  });

  it('refuses plain http except on loopback', async () => {
    const remote = linear.adapter({ options: { apiUrl: 'http://linear.example/graphql' } });
    expect(await remote.verify()).toMatchObject([{ code: 'config' }]);
    expect(linear.fake.requests).toEqual([]);
    for (const url of ['http://127.0.0.1:4000/graphql', 'http://localhost:4000/graphql']) {
      expect(resolveApiUrl(url, {})).toEqual({ url });
    }
    expect(resolveApiUrl(undefined, { LINEAR_API_URL: 'http://[::1]:4000/graphql' })).toEqual({
      url: 'http://[::1]:4000/graphql',
    });
  });

  it('names a missing team, a missing project and a state name the team lacks', async () => {
    expect(await linear.adapter({ options: { team: 'XYZ' } }).verify()).toMatchObject([
      { code: 'not-found', message: expect.stringContaining('team XYZ') },
    ]);
    expect(await linear.adapter({ options: { project: 'Nope' } }).verify()).toMatchObject([
      { code: 'not-found', message: expect.stringContaining('"Nope"') },
    ]);
    expect(await linear.adapter({ options: { doneState: 'Shipped' } }).verify()).toMatchObject([
      { code: 'config', message: expect.stringContaining('"Shipped"') },
    ]);
  });
});
