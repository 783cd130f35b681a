import fc from 'fast-check';

/**
 * Generated plan documents: real task lines and phase headings between blocks that must be
 * left alone (prose with unicode and escapes, tables, fences and comments holding task-like
 * lines), in LF or CRLF, with or without a BOM and a final newline.
 */
export interface Documents {
  plan: string;
  tasks: string;
}

const word = fc.oneof(
  fc.constantFrom(
    'Create',
    'model',
    'über',
    'naïve',
    '日本語',
    'emoji🚀',
    'Ελληνικά',
    '\\[not a link\\]',
    '`code`',
    '*stress*',
    '(note)',
    'a_b',
    '&amp;',
    '<br>',
    'src/models/user.py',
    '#12',
    'x]y',
  ),
  fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 })
    .filter((s) => /^[A-Za-z0-9]+$/.test(s)),
);

const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));

const marker = fc.constantFrom('-', '*', '+', '1.');
const box = fc.constantFrom('[ ]', '[x]', '[X]');
const tags = fc
  .subarray(['[P]', '[US1]', '[RED]'])
  .map((list) => list.map((t) => ` ${t}`).join(''));
const trailing = fc.constantFrom('', '', ' ', '  ', '\t');

type Block = (id: () => string, eol: string) => string;

const taskLine: fc.Arbitrary<Block> = fc
  .record({ marker, box, tags, title: words(1, 5), trailing, more: fc.option(words(1, 4)) })
  .map(
    ({ marker, box, tags, title, trailing, more }) =>
      (id, eol) =>
        `${marker} ${box} ${id()}${tags} ${title}${trailing}` + (more ? `${eol}   ${more}` : ''),
  );

const noise: fc.Arbitrary<Block> = fc.oneof(
  words(1, 8).map((text) => () => `Note: ${text}`),
  fc.constant(() => 'Escaped \\[T500\\] and \\- [ ] T501 are not tasks'),
  fc.constant((_: () => string, eol: string) =>
    ['| Task | Status |', '| --- | --- |', '| refactor | done |'].join(eol),
  ),
  fc.constant((_: () => string, eol: string) =>
    ['```markdown', '- [ ] T900 Inside a fence', '```'].join(eol),
  ),
  fc.constant((_: () => string, eol: string) =>
    ['~~~', '* [ ] T901 [P] Tilde fence', '~~~'].join(eol),
  ),
  fc.constant((_: () => string, eol: string) =>
    ['<!--', '- [ ] T902 Commented out', '-->'].join(eol),
  ),
  fc.constant(() => '> Quote with [a link](https://example.com/a) inside'),
  fc.constant(() => '---'),
);

function documentArbitrary(kind: 'tasks' | 'plan'): fc.Arbitrary<(eol: string) => string> {
  const phase = fc.record({
    name: words(1, 3),
    body: fc.array(
      fc.oneof(
        { weight: kind === 'tasks' ? 4 : 0, arbitrary: taskLine },
        { weight: 2, arbitrary: noise },
      ),
      { maxLength: kind === 'tasks' ? 6 : 2 },
    ),
    planItems: fc.record({
      marker,
      indent: fc.constantFrom('', '  '),
      hasTasks: fc.boolean(),
      extra: fc.subarray(['Duration: 2 days', 'Deliverables: a working thing']),
    }),
    tight: fc.boolean(),
  });
  return fc.array(phase, { minLength: 1, maxLength: 4 }).map((phases) => (eol: string) => {
    let next = 1;
    const id = () => `T${String(next++).padStart(3, '0')}`;
    const out: string[] = [kind === 'tasks' ? '# Tasks' : '# Implementation Plan'];
    if (kind === 'plan') out.push('', '## Implementation Phases');
    phases.forEach((p, i) => {
      out.push('', `${kind === 'tasks' ? '##' : '###'} Phase ${i + 1}: ${p.name}`, '');
      if (kind === 'plan') {
        const items = [
          ...(p.planItems.hasTasks
            ? [
                `Tasks: T${String(i * 10 + 1).padStart(3, '0')}-T${String(i * 10 + 3).padStart(3, '0')}`,
              ]
            : []),
          ...p.planItems.extra,
        ];
        for (const item of items) out.push(`${p.planItems.indent}${p.planItems.marker} ${item}`);
        if (items.length > 0) out.push('');
      }
      for (const block of p.body) {
        out.push(block(id, eol));
        if (!p.tight) out.push('');
      }
    });
    return out.join(eol);
  });
}

export const documents: fc.Arbitrary<Documents> = fc
  .record({
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    tasks: documentArbitrary('tasks'),
    plan: documentArbitrary('plan'),
  })
  .map(({ crlf, bom, finalNewline, tasks, plan }) => {
    const eol = crlf ? '\r\n' : '\n';
    const finish = (text: string) =>
      (bom ? '\uFEFF' : '') + text.replace(/(\r?\n)+$/, '') + (finalNewline ? eol : '');
    return { tasks: finish(tasks(eol)), plan: finish(plan(eol)) };
  });

/** Tracker references as GitHub, Linear and Jira write them, some with URLs needing escapes. */
export const refStyle = fc.constantFrom(
  (n: number) => ({ text: `#${n}`, url: `https://github.com/acme/app/issues/${n}` }),
  (n: number) => ({ text: `ENG-${n}`, url: `https://linear.app/acme/issue/ENG-${n}/a (b) <c>` }),
  (n: number) => ({ text: `PROJ-${n}`, url: `https://acme.atlassian.net/browse/PROJ-${n}` }),
);
