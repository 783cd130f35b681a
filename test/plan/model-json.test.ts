import { describe, expect, it } from 'vitest';
import { MODEL_SCHEMA_VERSION, toModelJson } from '../../src/plan/model-json.js';
import { parseFeature } from '../../src/plan/parse-feature.js';

describe('toModelJson', () => {
  it('prints the versioned model without offsets', () => {
    const result = parseFeature({
      dir: 'specs/001-auth',
      plan: {
        path: 'specs/001-auth/plan.md',
        text: '### Phase 3.1: Setup\n- Tasks: T001-T002\n- Duration: 2d\n',
      },
      tasks: {
        path: 'specs/001-auth/tasks.md',
        text: '## Phase 3.1: Setup\n\n- [x] T001 [P] Create app [#7](https://github.com/acme/app/issues/7)\n- [ ] T002 Add CI (depends on T001)\n',
      },
    });
    const json = toModelJson([result]);
    expect(MODEL_SCHEMA_VERSION).toBe(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      schemaVersion: 1,
      features: [
        {
          id: '001-auth',
          dir: 'specs/001-auth',
          planFile: 'specs/001-auth/plan.md',
          tasksFile: 'specs/001-auth/tasks.md',
          phases: [
            {
              number: '3.1',
              title: 'Setup',
              tasks: ['T001', 'T002'],
              duration: '2d',
              deliverables: [],
            },
          ],
          tasks: [
            {
              id: 'T001',
              title: 'Create app',
              phase: '3.1',
              done: true,
              obsolete: false,
              tags: ['P'],
              dependsOn: [],
              link: { text: '#7', url: 'https://github.com/acme/app/issues/7' },
              source: { file: 'specs/001-auth/tasks.md', line: 3 },
            },
            {
              id: 'T002',
              title: 'Add CI',
              phase: '3.1',
              done: false,
              obsolete: false,
              tags: [],
              dependsOn: ['T001'],
              link: null,
              source: { file: 'specs/001-auth/tasks.md', line: 4 },
            },
          ],
        },
      ],
    });
  });
});

describe('docs/model-json.md', () => {
  it('shows the output the parser really gives for its example', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/model-json.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```(markdown|json)\n([\s\S]*?)```/g)].map((m) => m[2] ?? '');
    const [plan = '', tasks = '', json = ''] = blocks;
    const result = parseFeature({
      dir: 'specs/001-auth',
      plan: { path: 'specs/001-auth/plan.md', text: plan },
      tasks: { path: 'specs/001-auth/tasks.md', text: tasks },
    });
    expect(toModelJson([result])).toEqual(JSON.parse(json));
  });
});
