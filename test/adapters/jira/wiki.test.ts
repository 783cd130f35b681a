import { describe, expect, it } from 'vitest';
import { markdownToWiki } from '../../../adapters/jira/wiki.js';

describe('markdown to Jira wiki markup', () => {
  it('converts headings, emphasis, code and links', () => {
    expect(
      markdownToWiki(
        '## Goal\n\nBuild **fast** and _safe_ with `npm test`, see [docs](https://x.test/d).',
      ),
    ).toBe('h2. Goal\n\nBuild *fast* and _safe_ with {{npm test}}, see [docs|https://x.test/d].');
  });

  it('strikes through ~~text~~, keeps code spans on one line and link targets as written', () => {
    expect(markdownToWiki('~~T018 Add file manager~~ **OBSOLETE**')).toBe(
      '-T018 Add file manager- *OBSOLETE*',
    );
    expect(markdownToWiki('run `git show\n<commit>:<path>` first')).toBe(
      'run {{git show <commit>:<path>}} first',
    );
    expect(markdownToWiki('[spec](./spec files/a b.md)')).toBe('\\[spec\\](./spec files/a b.md)');
    expect(markdownToWiki('[spec](<./spec files/a.md>)')).toBe('[spec|./spec files/a.md]');
  });

  it('nests lists with repeated markers and keeps task boxes readable', () => {
    expect(markdownToWiki('- a\n  - b\n- c\n\n1. one\n2. two')).toBe(
      '* a\n** b\n* c\n\n# one\n# two',
    );
    expect(markdownToWiki('- [x] done\n- [ ] open')).toBe('* (/) done\n* (x) open');
  });

  it('keeps fenced code verbatim and drops HTML comments', () => {
    expect(markdownToWiki('```ts\nconst a = {b: 1};\n```\n\n<!-- hidden -->\n\nend')).toBe(
      '{code:ts}\nconst a = {b: 1};\n{code}\n\nend',
    );
  });

  it('escapes characters that would start markup, but not hyphens inside words', () => {
    expect(markdownToWiki('Tasks T001-T005 use {braces} and [brackets] - really')).toBe(
      'Tasks T001-T005 use \\{braces\\} and \\[brackets\\] \\- really',
    );
  });
});
