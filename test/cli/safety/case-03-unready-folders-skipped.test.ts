import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { makeRepo, type Repo, TASKS_MD } from '../run-cli.js';

const TEMPLATE_PLAN = `# Implementation Plan: {FEATURE_NAME}

**Feature ID:** {FEATURE_ID}

## Implementation Phases

### Phase 1: Setup

- Tasks: T001-T00X
`;

let repo: Repo;
let adapter: MemoryAdapter;
let adapters: { memory: () => MemoryAdapter };

beforeEach(async () => {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'memory' }),
    'specs/001-a/tasks.md': TASKS_MD,
    'specs/002-b/spec.md': '# Feature Specification: B\n\nJust specified.\n',
    'specs/003-c/plan.md': TEMPLATE_PLAN,
  });
  adapter = new MemoryAdapter();
  adapters = { memory: () => adapter };
});
afterEach(async () => {
  await repo.remove();
});

describe('case 3: a folder with nothing to sync yet does not stop a scheduled sync', () => {
  it('push skips a spec-only folder and an unfilled template with a warning each, and syncs the rest', async () => {
    const result = await repo.cli(['push'], { adapters });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'specs/002-b:1:1 warning nothing to sync yet (no plan.md or tasks.md yet); skipped',
    );
    expect(result.stderr).toMatch(
      /specs\/003-c\/plan\.md:1:\d+ warning nothing to sync yet \(an unfilled template/,
    );
    expect(result.stderr).not.toMatch(/ error /);
    expect(adapter.byKey('001-a/T001')).toBeDefined();
    expect([...adapter.items.values()].some((item) => item.fields.title.includes('{'))).toBe(false);
    expect(await repo.read('specs/003-c/plan.md')).toBe(TEMPLATE_PLAN);
  });

  it('lint through the globs warns about them and exits 0', async () => {
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('specs/002-b:1:1 warning nothing to sync yet');
  });

  it('a spec-only folder named on the command line is still an error', async () => {
    const result = await repo.cli(['push', 'specs/002-b'], { adapters });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('specs/002-b:1:1 error no plan.md or tasks.md');
    expect(adapter.writes).toBe(0);
  });

  it('an unfilled template named on the command line is still an error', async () => {
    const result = await repo.cli(['push', 'specs/003-c'], { adapters });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/specs\/003-c\/plan\.md:1:\d+ error unfilled template/);
    expect(adapter.writes).toBe(0);
  });
});
