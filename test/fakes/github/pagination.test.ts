import { describe, expect, it } from 'vitest';
import { call } from './call.js';
import { createGitHubFake } from './handler.js';

function linksOf(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  for (const part of (header ?? '').split(', ').filter(Boolean)) {
    const match = /^<([^>]+)>; rel="(\w+)"$/.exec(part);
    if (!match?.[1] || !match[2]) throw new Error(`malformed Link part: ${part}`);
    links[match[2]] = match[1];
  }
  return links;
}

function fakeWithIssues(count: number) {
  const fake = createGitHubFake({ repos: ['acme/app'] });
  for (let n = 1; n <= count; n++) fake.state.seedIssue('acme/app', { title: `Task ${n}` });
  return fake;
}

describe('issue list pagination', () => {
  it('splits 250 issues into three pages of at most 100 with next, last, prev and first links', async () => {
    const fake = fakeWithIssues(250);
    const origin = 'http://127.0.0.1:9999';
    const path = '/repos/acme/app/issues?state=all&per_page=100';

    const first = await call(fake, 'GET', path, undefined, { origin });
    expect(first.body).toHaveLength(100);
    expect(linksOf(first.headers.get('link'))).toEqual({
      next: `${origin}/repos/acme/app/issues?state=all&per_page=100&page=2`,
      last: `${origin}/repos/acme/app/issues?state=all&per_page=100&page=3`,
    });

    const second = await call(fake, 'GET', `${path}&page=2`, undefined, { origin });
    expect(second.body).toHaveLength(100);
    expect(Object.keys(linksOf(second.headers.get('link'))).sort()).toEqual([
      'first',
      'last',
      'next',
      'prev',
    ]);

    const third = await call(fake, 'GET', `${path}&page=3`, undefined, { origin });
    expect(third.body).toHaveLength(50);
    const links = linksOf(third.headers.get('link'));
    expect(links).toEqual({
      prev: `${origin}/repos/acme/app/issues?state=all&per_page=100&page=2`,
      first: `${origin}/repos/acme/app/issues?state=all&per_page=100&page=1`,
    });

    const numbers = [...first.body, ...second.body, ...third.body].map((i: any) => i.number);
    expect(new Set(numbers).size).toBe(250);
  });

  it('lists newest first by default, and oldest first with direction=asc', async () => {
    const fake = fakeWithIssues(3);
    const desc = await call(fake, 'GET', '/repos/acme/app/issues');
    expect(desc.body.map((i: any) => i.number)).toEqual([3, 2, 1]);
    const asc = await call(fake, 'GET', '/repos/acme/app/issues?direction=asc');
    expect(asc.body.map((i: any) => i.number)).toEqual([1, 2, 3]);
  });

  it('clamps per_page=500 to 100 like GitHub', async () => {
    const fake = fakeWithIssues(250);
    const page = await call(fake, 'GET', '/repos/acme/app/issues?per_page=500');
    expect(page.body).toHaveLength(100);
    expect(linksOf(page.headers.get('link')).last).toContain('page=3');
  });

  it('sends 30 issues a page and no Link header when one page holds them all', async () => {
    const fake = fakeWithIssues(45);
    expect((await call(fake, 'GET', '/repos/acme/app/issues')).body).toHaveLength(30);
    const all = await call(fake, 'GET', '/repos/acme/app/issues?per_page=100');
    expect(all.body).toHaveLength(45);
    expect(all.headers.get('link')).toBeNull();
  });

  it('mixes pull requests into the issue list, marked with a pull_request key', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.state.seedIssue('acme/app', { title: 'An issue' });
    fake.state.seedPullRequest('acme/app', { title: 'A pull request' });
    fake.state.seedIssue('acme/app', { title: 'Another issue' });

    const list = await call(fake, 'GET', '/repos/acme/app/issues?direction=asc');
    expect(list.body.map((i: any) => [i.number, 'pull_request' in i])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(list.body[1].pull_request.html_url).toBe('https://github.com/acme/app/pull/2');
  });

  it('lists only open issues unless state says otherwise', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    fake.state.seedIssue('acme/app', { title: 'Open' });
    fake.state.seedIssue('acme/app', { title: 'Done', state: 'closed' });
    const titles = async (query: string) =>
      (await call(fake, 'GET', `/repos/acme/app/issues${query}`)).body.map((i: any) => i.title);
    expect(await titles('')).toEqual(['Open']);
    expect(await titles('?state=closed')).toEqual(['Done']);
    expect(await titles('?state=all&direction=asc')).toEqual(['Open', 'Done']);
  });

  it('filters by milestone, labels and since', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'], now: () => Date.parse('2025-01-01') });
    const phase = fake.state.seedMilestone('acme/app', { title: 'Phase 1' });
    fake.state.seedIssue('acme/app', { title: 'In phase', milestone: phase.number, labels: ['P'] });
    fake.state.seedIssue('acme/app', {
      title: 'Loose',
      labels: ['p', 'US1'],
      created_at: '2024-06-01T00:00:00Z',
    });
    const titles = async (query: string) =>
      (await call(fake, 'GET', `/repos/acme/app/issues${query}`)).body.map((i: any) => i.title);

    expect(await titles(`?milestone=${phase.number}`)).toEqual(['In phase']);
    expect(await titles('?milestone=none')).toEqual(['Loose']);
    expect(await titles('?milestone=*')).toEqual(['In phase']);
    expect(await titles('?labels=p,us1')).toEqual(['Loose']);
    expect(await titles('?since=2024-12-01T00:00:00Z')).toEqual(['In phase']);
  });

  it('paginates milestones and labels the same way', async () => {
    const fake = createGitHubFake({ repos: ['acme/app'] });
    for (let n = 1; n <= 120; n++) {
      fake.state.seedMilestone('acme/app', { title: `Phase ${n}` });
      fake.state.seedLabel('acme/app', { name: `label-${n}` });
    }
    for (const path of ['milestones', 'labels']) {
      const first = await call(fake, 'GET', `/repos/acme/app/${path}?per_page=1000`);
      expect(first.body).toHaveLength(100);
      expect(linksOf(first.headers.get('link')).next).toContain('page=2');
      const second = await call(fake, 'GET', `/repos/acme/app/${path}?per_page=100&page=2`);
      expect(second.body).toHaveLength(20);
    }
  });
});
