import { describe, expect, it } from 'vitest';
import { parseFeature } from '../../src/plan/parse-feature.js';

function taskList(count: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i % 100 === 1) lines.push(`## Phase ${Math.ceil(i / 100)}: Batch`, '');
    const id = `T${String(i).padStart(5, '0')}`;
    lines.push(
      `- [${i % 3 ? ' ' : 'x'}] ${id} [P] [US1] Build part ${i} in \`src/p${i}.ts\` (depends on T00001)`,
    );
  }
  return lines.join('\n') + '\n';
}

function timeParse(text: string): number {
  const start = performance.now();
  parseFeature({ dir: 'big', tasks: { path: 'big/tasks.md', text } });
  return performance.now() - start;
}

describe('performance', () => {
  it('parses 10,000 tasks in one pass, growing linearly with the file', () => {
    const small = taskList(1000);
    const large = taskList(10000);
    timeParse(small); // warm up the JIT so the comparison measures the parser
    const smallMs = Math.min(timeParse(small), timeParse(small));
    const start = performance.now();
    const result = parseFeature({ dir: 'big', tasks: { path: 'big/tasks.md', text: large } });
    const largeMs = performance.now() - start;
    expect(result.feature.tasks).toHaveLength(10000);
    expect(result.feature.phases).toHaveLength(100);
    // Ten times the tasks may take about ten times as long; a quadratic scan would take 100x.
    expect(largeMs / smallMs).toBeLessThan(30);
  }, 60_000);
});
