import { afterEach, describe, expect, it } from 'vitest';
import { closestKey } from '../../src/config/closest-key.js';
import { makeRepo, type Repo, TASKS_MD } from '../cli/run-cli.js';

let repo: Repo | null = null;
afterEach(async () => {
  await repo?.remove();
  repo = null;
});

async function lintWith(config: unknown, file = '.planrc.json') {
  repo = await makeRepo({
    [file]: JSON.stringify(config),
    'specs/001-a/tasks.md': TASKS_MD,
  });
  return repo.cli(['lint']);
}

describe('a config with mistakes', () => {
  it('names the file, the unknown key and the key it most likely meant: exit 2', async () => {
    const result = await lintWith({ trackr: 'github' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.planrc.json: unknown key "trackr"; did you mean "tracker"?');
    expect(result.stderr).not.toMatch(/Unrecognized key|Invalid input/);
  });

  it('suggests within a tracker’s section too', async () => {
    const result = await lintWith({ tracker: 'github', github: { rpo: 'acme/app' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '.planrc.json: unknown key "rpo" in "github"; did you mean "repo"?',
    );
    expect(result.stderr).toContain(
      '.planrc.json: github.repo: required but missing (expected text)',
    );
  });

  it('lists the known keys when nothing is close', async () => {
    const result = await lintWith({ colour: true });
    expect(result.stderr).toContain('unknown key "colour" (known keys: tracker, plans, title,');
  });

  it('says in words what type was expected and what was found', async () => {
    const result = await lintWith({
      tracker: 5,
      plans: 'specs/*',
      concurrency: '4',
      removed: 'clsoe',
      labels: { P: 5 },
      github: { repo: 'acme/app', throttle: 'no' },
    });
    expect(result.code).toBe(2);
    const lines = [
      'tracker: expected text, not the number 5',
      'plans: expected a list ([…]), not the text "specs/*"',
      'concurrency: expected a number, not the text "4"',
      'removed: expected one of "close", "label", "keep", not the text "clsoe"; did you mean "close"?',
      'labels.P: expected text or false, not the number 5',
      'github.throttle: expected true or false, not the text "no"',
    ];
    for (const line of lines) expect(result.stderr).toContain(`  .planrc.json: ${line}\n`);
    expect(result.stderr).not.toMatch(/Invalid input|Invalid option|received/);
  });

  it('keeps the words a schema wrote itself, and names a file found by another name', async () => {
    const result = await lintWith({ tracker: 'github', github: { repo: 'acme' } }, '.planrc');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.planrc: github.repo: expected "owner/name"');
  });

  it('says what a file that is not an object should be', async () => {
    const result = await lintWith(['github']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.planrc.json: expected an object ({…}), not a list');
  });
});

describe('closestKey', () => {
  const known = ['tracker', 'plans', 'title', 'labels', 'removed', 'removedLabel', 'concurrency'];
  it.each([
    ['trackr', 'tracker'],
    ['Tracker', 'tracker'],
    ['plan', 'plans'],
    ['lables', 'labels'],
    ['concurency', 'concurrency'],
    ['removedlabel', 'removedLabel'],
    ['colour', null],
    ['x', null],
  ])('%s → %s', (key, expected) => {
    expect(closestKey(key, known)).toBe(expected);
  });
});
