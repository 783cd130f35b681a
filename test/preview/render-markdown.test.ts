import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/preview/render-markdown.js';
import { everyKind, tasksFile } from './changesets.js';

describe('renderMarkdown', () => {
  const out = renderMarkdown([everyKind], [tasksFile]);

  it('opens with the heading and the summary line', () => {
    expect(
      out.startsWith(
        '### plansync plan\n\n**Plan: 2 to create, 1 to update, 1 to close, 1 to reopen, 1 conflict, 1 drifted, 1 file to write back.**\n',
      ),
    ).toBe(true);
  });

  it('puts each operation in a table row, escaping pipes from titles', () => {
    expect(out).toContain('| | Item | Title | Group | Details |');
    expect(out).toContain(
      '| `~` update | T002 ([#12](https://github.com/acme/app/issues/12)) | Add login form | Phase 2: Core | title: "Add login" → "Add login form", labels |',
    );
    expect(out).toContain('| Session \\| store |');
    expect(out).toContain('| `·` skip | T008');
    expect(out).not.toContain('T007');
  });

  it('folds the write-back diff into a details block', () => {
    expect(out).toMatch(
      /<details>\n<summary>Links written back to 1 plan file<\/summary>\n\n```diff\n--- a\/specs\/auth\/tasks.md\n[\s\S]*\n```\n\n<\/details>\n$/,
    );
  });

  it('uses a longer fence when the plan itself contains one', () => {
    const file = { file: 'plan.md', before: '```\nx\n```\n', after: '```\ny\n```\n' };
    expect(renderMarkdown([], [file])).toContain('````diff\n');
  });

  it('names the labels to create, in code spans', () => {
    const md = renderMarkdown([everyKind], [], { labelsToCreate: ['US1', 'needs|review'] });
    expect(md).toContain('Labels to create: `US1`, `needs\\|review`');
    expect(md).toContain(', 2 labels to create.**');
  });

  it('says "No changes." when there is nothing to do', () => {
    expect(renderMarkdown([], [])).toBe('### plansync plan\n\n**No changes.**\n');
  });
});
