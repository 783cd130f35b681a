import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

let repo: Repo | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

describe('case 6: a syntax error in the config says what and where', () => {
  it('prints the JSON parser’s reason with line and column', async () => {
    repo = await makeRepo({
      '.planrc.json': '{\n  "tracker": "memory",\n  "plans": ["specs/*"\n}\n',
      'specs/001-a/tasks.md': TASKS_MD,
    });
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "error: Cannot read .planrc.json:4:1: Expected ',' or ']' after array element",
    );
    expect(result.stderr).not.toContain('JSON Error in');
  });

  it('says where a trailing comma is', async () => {
    repo = await makeRepo({ '.planrc.json': '{\n  "tracker": "memory",\n}\n' });
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: Cannot read .planrc.json:3:1: Expected double-quoted property name',
    );
  });

  it('gives the reason even when the parser names no position', async () => {
    repo = await makeRepo({ '.planrc.json': '{ "tracker": }' });
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: Cannot read .planrc.json: Unexpected token '}'");
  });

  it('prints the YAML parser’s reason with line and column', async () => {
    repo = await makeRepo({
      '.planrc.yaml': 'tracker: memory\nplans: [specs/*\n  x: : y\n',
      'specs/001-a/tasks.md': TASKS_MD,
    });
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: Cannot read .planrc.yaml:3:4: missed comma between flow collection entries',
    );
  });

  it('names the file given with --config', async () => {
    repo = await makeRepo({ 'conf/sync.json': '{ "tracker": "memory" "plans": [] }' });
    const result = await repo.cli(['lint', '--config', 'conf/sync.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "error: Cannot read conf/sync.json:1:23: Expected ',' or '}' after property value",
    );
  });
});
