import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type Repo, TASKS_MD } from './run-cli.js';

let repo: Repo;
beforeEach(async () => {
  repo = await makeRepo({
    '.planrc.json': '{ "tracker": "github", ',
    'specs/001-a/tasks.md': TASKS_MD,
  });
});
afterEach(() => repo.remove());

describe('parse reads the config only when it needs it', () => {
  it('parses named files without the config, so a broken one does not stop it', async () => {
    const result = await repo.cli(['parse', 'specs/001-a', '--json']);
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout) as { features: { tasks: unknown[] }[] };
    expect(model.features[0]!.tasks).toHaveLength(5);
  });

  it('without paths, reads the config for its plans globs, and reports it broken (exit 2)', async () => {
    const result = await repo.cli(['parse', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.planrc.json');
  });

  it('with --config, reads and checks that file even for named files', async () => {
    const result = await repo.cli(['--config', '.planrc.json', 'parse', 'specs/001-a']);
    expect(result.code).toBe(2);
  });
});
