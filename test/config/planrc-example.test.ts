import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { configSchema } from '../../src/config/schema.js';
import { configSchema as githubSchema } from '../../adapters/github/config.js';
import { configSchema as linearSchema } from '../../adapters/linear/config.js';
import { configSchema as jiraSchema } from '../../adapters/jira/config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('.planrc.example', () => {
  it('is a valid configuration as it stands', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plansync-config-'));
    try {
      await copyFile(path.join(ROOT, '.planrc.example'), path.join(dir, '.planrc.yaml'));
      const { config, file } = await loadConfig({ cwd: dir });
      expect(file).toBe('.planrc.yaml');
      expect(config.github?.repo).toBe('acme/app');
      expect(config.labels).toEqual({ P: 'parallel' });
      expect(linearSchema.safeParse(config.linear).success).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('documents every option of the schema', async () => {
    const text = await readFile(path.join(ROOT, '.planrc.example'), 'utf8');
    const keys = [
      ...Object.keys(configSchema.shape),
      ...Object.keys(githubSchema.shape),
      ...Object.keys(linearSchema.shape),
      ...Object.keys(jiraSchema.shape),
      ...Object.keys(configSchema.shape.title.unwrap().shape),
    ];
    for (const key of keys) expect(text).toMatch(new RegExp(`^\\s*#?\\s*${key}:`, 'm'));
  });

  it('shows a Jira section that is valid once uncommented', async () => {
    const text = await readFile(path.join(ROOT, '.planrc.example'), 'utf8');
    const block = text.slice(text.indexOf('# jira:'), text.indexOf('# Options for other trackers'));
    const values = Object.fromEntries(
      [...block.matchAll(/^#   ([a-zA-Z]+): (\S+)$/gm)].map(([, key, value]) => [key, value]),
    );
    const parsed = jiraSchema.parse({ ...values, maxWaitSeconds: Number(values.maxWaitSeconds) });
    expect(parsed).toMatchObject({ project: 'PLAN', deployment: 'cloud', phaseAs: 'epic' });
  });
});
