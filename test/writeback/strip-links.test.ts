import { describe, expect, it } from 'vitest';
import { stripLinks } from '../../src/writeback/strip-links.js';
import { feature, lineSite, phase, task } from './sites.js';

describe('stripLinks', () => {
  it('removes tracker links from task lines but keeps links a person wrote', () => {
    const text = '- [ ] T001 A [ENG-4](https://l/4)\n- [ ] T002 B [docs](https://d)\n';
    const linkAt = (needle: string, textOf: string, url: string) => {
      const start = text.indexOf(needle) - 1;
      return { text: textOf, url, start, end: start + 1 + needle.length };
    };
    const f = feature([
      task('T001', {
        file: 'tasks.md',
        insertAt: 0,
        existing: linkAt('[ENG-4](https://l/4)', 'ENG-4', 'https://l/4'),
      }),
      task('T002', {
        file: 'tasks.md',
        insertAt: 0,
        existing: linkAt('[docs](https://d)', 'docs', 'https://d'),
      }),
    ]);
    expect(stripLinks(text, f, 'tasks.md')).toBe('- [ ] T001 A\n- [ ] T002 B [docs](https://d)\n');
  });

  it('removes Milestone and Issues items, and the line break that led them at the end of a file', () => {
    const text = '- Tasks: T001\r\n- Milestone: [P](https://m)\r\n- Issues: [#1](https://i/1)';
    const site = {
      file: 'plan.md',
      insertAt: lineSite(text, 'Milestone').start,
      prefix: '- ',
      eol: '\r\n',
      atEofWithoutNewline: false,
      milestone: lineSite(text, 'Milestone'),
      issues: lineSite(text, 'Issues'),
    };
    expect(stripLinks(text, feature([], [phase('1', site)]), 'plan.md')).toBe('- Tasks: T001');
  });

  it('leaves other files alone', () => {
    const text = '- [ ] T001 A [#1](https://i/1)\n';
    const f = feature([
      task('T001', {
        file: 'other.md',
        insertAt: 0,
        existing: { text: '#1', url: 'https://i/1', start: 12, end: 30 },
      }),
    ]);
    expect(stripLinks(text, f, 'tasks.md')).toBe(text);
  });
});
