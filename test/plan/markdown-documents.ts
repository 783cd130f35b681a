import fc from 'fast-check';

/**
 * Markdown documents built from the pieces real plans are made of, and the constructs where
 * markdown parsers differ most: fences, indented code, HTML blocks, block quotes, lazy
 * continuation lines, tabs, setext headings, tables, CRLF line endings and a BOM.
 *
 * Two shapes are left out because remark's positions for them are its own quirks, not
 * CommonMark's block structure: a fence left open inside a list item (remark ends the item
 * inside the next line), and an empty `>` line ending a quoted list (remark counts it in the
 * item). A fence left open at the end of the document is generated.
 */
const id = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((n) => `T${String(n).padStart(3, '0')}`),
  fc.constantFrom('T021A', 'T014pre', 'T_REFACTOR_1', 'T00X'),
);
const words = fc.constantFrom(
  'Create model',
  'Add `src/a.ts`',
  'Wire **the** API',
  'Fix [docs](https://x.dev/a)',
  'Use {UserId}:{row_id}',
  'Render ~~old~~ new',
  'Link [#12](https://github.com/a/b/issues/12)',
);
const box = fc.constantFrom('[ ] ', '[x] ', '[X] ', '');
const tags = fc.constantFrom('', '[P] ', '[US1] ', '[P][FR-003] ');
const bullet = fc.constantFrom('- ', '* ', '+ ', '1. ', '1) ');
const indent = fc.constantFrom('', ' ', '  ', '\t', '   ');

const taskLine = fc
  .tuple(indent, bullet, box, id, tags, words, fc.constantFrom('', ' [FR-002, FR-005]', '  ', '\t'))
  .map(([i, b, x, t, g, w, end]) => `${i}${b}${x}${t} ${g}${w}${end}`);
const continuation = fc.constantFrom(
  '  and more of the title',
  'lazy continuation line',
  '  - nested sub-bullet',
  '    - deeper sub-bullet',
  '\t- tab-indented sub-bullet',
  '  Path: src/x.ts  ',
  '      indented text',
);
const task = fc
  .tuple(taskLine, fc.array(continuation, { maxLength: 3 }))
  .map(([line, rest]) => [line, ...rest]);
const heading = fc
  .tuple(
    fc.constantFrom('# ', '## ', '### ', ' ## ', '#### '),
    fc.constantFrom(
      'Phase 1: Setup',
      'Phase 2b',
      'Fase final: Pulido',
      'Notes',
      'T040 Heading task',
      'Phase 3 ##',
    ),
  )
  .map(([hashes, title]) => [`${hashes}${title}`]);
const setext = fc
  .tuple(fc.constantFrom('Phase 4: Docs', 'Overview'), fc.constantFrom('===', '---', '-----'))
  .map(([title, line]) => [title, line]);
const fence = fc
  .tuple(fc.constantFrom('', '  '), fc.constantFrom('```', '~~~', '````'), taskLine)
  .map(([pad, f, line]) => [`${pad}${f}`, `${pad}${line}`, `${pad}${f}`]);
const indentedCode = taskLine.map((line) => ['', `    ${line.trimStart()}`, '']);
const html = fc.constantFrom(
  ['<!--', '- [ ] T099 Hidden task', '-->'],
  ['<div>', '- [ ] T098 Inside HTML', '</div>'],
  ['<!-- - [ ] T097 one-line comment -->'],
  ['<details>', '', '- [ ] T096 After a blank line in HTML', '', '</details>'],
);
const quote = fc
  .tuple(taskLine, fc.boolean())
  .map(([line, lazy]) => [`> ${line}`, lazy ? 'lazy line' : '> quoted line', '']);
const table = fc
  .tuple(id, fc.constantFrom('Done (2025-09-22)', '✅', 'Pending', '[x]', ''), fc.boolean())
  .map(([t, status, pipes]) =>
    pipes
      ? [
          '| ID | Task | Status |',
          '|---|---|---|',
          `| ${t} | Install | ${status} |`,
          `| T777 | Build \\| test | |`,
        ]
      : ['ID | Task | Status', '--- | --- | ---', `${t} | Install | ${status}`],
  );
const plainPhase = fc.constantFrom(
  ['PHASE 0 — Foundations'],
  ['Phase 5: Later'],
  ['**Phase 6**: bold'],
);
const planFields = fc.constantFrom(
  ['- Tasks: T001-T003', '- Duration: 2d', '- Deliverables: a', '  - first', '  - second'],
  ['- **Tasks**: T004, T006–T008', '  T009'],
);
const blank = fc.constant(['']);

const piece = fc.oneof(
  { arbitrary: task, weight: 6 },
  { arbitrary: heading, weight: 3 },
  { arbitrary: blank, weight: 4 },
  { arbitrary: setext, weight: 1 },
  { arbitrary: fence, weight: 1 },
  { arbitrary: indentedCode, weight: 1 },
  { arbitrary: html, weight: 1 },
  { arbitrary: quote, weight: 1 },
  { arbitrary: table, weight: 1 },
  { arbitrary: plainPhase, weight: 1 },
  { arbitrary: planFields, weight: 1 },
);

export interface GeneratedDocument {
  text: string;
  kind: 'plan' | 'tasks';
}

export function markdownDocument(): fc.Arbitrary<GeneratedDocument> {
  return fc
    .record({
      pieces: fc.array(piece, { minLength: 1, maxLength: 14 }),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      frontMatter: fc.boolean(),
      finalNewline: fc.boolean(),
      openFence: fc.boolean(),
      kind: fc.constantFrom<'plan' | 'tasks'>('plan', 'tasks'),
    })
    .map(({ pieces, eol, bom, frontMatter, finalNewline, openFence, kind }) => {
      const lines = [
        ...(frontMatter ? ['---', 'title: x', '---'] : []),
        ...pieces.flat(),
        ...(openFence ? ['', '```', '- [ ] T050 In a fence never closed'] : []),
      ];
      const text = (bom ? '\uFEFF' : '') + lines.join(eol) + (finalNewline ? eol : '');
      return { text, kind };
    });
}
