import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../support/memory-adapter.js';
import { makeRepo, type Repo } from '../run-cli.js';

const plan = (name: string) =>
  `# Implementation Plan: ${name}\n\n**Feature ID:** auth\n\n## Implementation Phases\n\n### Phase 1: Setup\n\n- Tasks: T001-T002\n`;
const TASKS = '## Phase 1: Setup\n\n- [ ] T001 One\n- [ ] T002 Two\n';

let repo: Repo;
let adapter: MemoryAdapter;
beforeEach(async () => {
  repo = await makeRepo({
    '.planrc.json': JSON.stringify({ tracker: 'memory' }),
    'specs/001-a/plan.md': plan('A'),
    'specs/001-a/tasks.md': TASKS,
    'specs/002-b/plan.md': plan('B'),
    'specs/002-b/tasks.md': TASKS,
  });
  adapter = new MemoryAdapter();
});
afterEach(async () => {
  await repo.remove();
});

describe('case 9: two feature folders with the same Feature ID', () => {
  it('is a lint error at both, exit 2, and nothing is written', async () => {
    const result = await repo.cli(['push'], { adapters: { memory: () => adapter } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'specs/001-a/plan.md:3:1 error feature id "auth" is also used by specs/002-b/plan.md:3:1',
    );
    expect(result.stderr).toContain(
      'specs/002-b/plan.md:3:1 error feature id "auth" is also used by specs/001-a/plan.md:3:1',
    );
    expect(adapter.writes).toBe(0);
    expect(await repo.read('specs/001-a/tasks.md')).toBe(TASKS);
    expect(await repo.read('specs/002-b/tasks.md')).toBe(TASKS);
  });

  it('lint reports it too', async () => {
    const result = await repo.cli(['lint']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error feature id "auth" is also used by');
  });
});
