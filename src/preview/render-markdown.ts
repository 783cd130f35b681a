import type { Changeset } from '../diff/types.js';
import { describeOperation, type OperationView } from './describe-operation.js';
import { groupTitles } from './group-titles.js';
import { summarize } from './summarize.js';
import { summaryLine } from './summary-line.js';
import type { PreviewExtras, PreviewFile } from './types.js';
import { writeBackDiff } from './write-back-diff.js';

/**
 * The preview as a pull-request comment: the summary first (what reviewers scan), a table of
 * operations per feature, and the plan-file diff folded away in `<details>`.
 */
export function renderMarkdown(
  changesets: Changeset[],
  writeBack: PreviewFile[],
  { labelsToCreate = [] }: PreviewExtras = {},
): string {
  const changed = writeBack.filter((file) => file.before !== file.after);
  const summary = summaryLine(summarize(changesets), changed.length, labelsToCreate.length);
  const blocks = ['### plansync plan', `**${summary}**`];

  for (const changeset of changesets) {
    const titles = groupTitles(changeset);
    const rows = changeset.operations
      .filter((operation) => operation.op !== 'unchanged')
      .map((operation) => row(describeOperation(operation, titles)));
    if (rows.length === 0) continue;
    blocks.push(
      `#### ${cell(changeset.feature)}`,
      ['| | Item | Title | Group | Details |', '| --- | --- | --- | --- | --- |', ...rows].join(
        '\n',
      ),
    );
  }

  if (labelsToCreate.length > 0) {
    blocks.push(
      `Labels to create: ${labelsToCreate.map((name) => `\`${cell(name)}\``).join(', ')}`,
    );
  }
  if (changed.length > 0) {
    const diff = changed.map(writeBackDiff).join('');
    const fence = fenceFor(diff);
    const noun = changed.length === 1 ? 'file' : 'files';
    blocks.push(
      [
        '<details>',
        `<summary>Links written back to ${changed.length} plan ${noun}</summary>`,
        '',
        `${fence}diff`,
        diff.replace(/\n$/, ''),
        fence,
        '',
        '</details>',
      ].join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

function row(view: OperationView): string {
  const item = view.ref
    ? `${cell(view.item)} ([${cell(view.ref.text)}](${url(view.ref.url)}))`
    : cell(view.item);
  return `| \`${view.symbol}\` ${view.op} | ${item} | ${cell(view.title)} | ${cell(view.group ?? '')} | ${cell(view.detail)} |`;
}

/** Table cells are one line, and titles come from people: keep them from turning into markup. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

function url(text: string): string {
  return text.replace(/[ ()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A code fence longer than any backtick run inside, so a fence in a plan cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
