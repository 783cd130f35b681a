import pc from 'picocolors';
import type { Changeset } from '../diff/types.js';
import { describeOperation, SYMBOLS, type OperationView } from './describe-operation.js';
import { groupTitles } from './group-titles.js';
import { summarize } from './summarize.js';
import { summaryLine } from './summary-line.js';
import type { PreviewExtras, PreviewFile } from './types.js';
import { writeBackDiff } from './write-back-diff.js';

type Colors = ReturnType<typeof pc.createColors>;

/**
 * The terminal preview, read like `terraform plan`: a legend, one line per operation that does
 * something, the diff of the plan files, and one summary line. The caller decides on colour
 * (a TTY without NO_COLOR), so the same input always gives the same bytes.
 */
export function renderText(
  changesets: Changeset[],
  writeBack: PreviewFile[],
  { color, labelsToCreate = [] }: { color: boolean } & PreviewExtras,
): string {
  const c = pc.createColors(color);
  const paint = painter(c);
  const summary = summaryLine(
    summarize(changesets),
    writeBack.filter(changed).length,
    labelsToCreate.length,
  );

  const sections: string[] = [];
  for (const changeset of changesets) {
    const titles = groupTitles(changeset);
    const lines = changeset.operations
      .filter((operation) => operation.op !== 'unchanged')
      .map((operation) => operationLine(describeOperation(operation, titles), c, paint));
    if (lines.length > 0) sections.push([c.bold(changeset.feature), ...lines].join('\n'));
  }
  if (labelsToCreate.length > 0) {
    const lines = labelsToCreate.map(
      (name) => `  ${paint('create', SYMBOLS.create)} label ${name}`,
    );
    sections.push([c.bold('Labels to create:'), ...lines].join('\n'));
  }
  const diffs = writeBack.filter(changed).map((file) => colorDiff(writeBackDiff(file), c));
  if (diffs.length > 0) sections.push([c.bold('Links written back:'), ...diffs].join('\n'));

  if (sections.length === 0) return `${summary}\n`;
  const legend = (['create', 'update', 'close', 'reopen', 'conflict', 'drift'] as const)
    .map((op) => `${paint(op, SYMBOLS[op])} ${op}`)
    .join('  ');
  return [legend, ...sections, c.bold(summary)].join('\n\n') + '\n';
}

function painter(c: Colors) {
  const byOp: Record<string, (text: string) => string> = {
    create: c.green,
    update: c.yellow,
    close: c.red,
    reopen: c.cyan,
    conflict: c.magenta,
    drift: c.blue,
  };
  return (op: string, text: string): string => (byOp[op] ?? String)(text);
}

function operationLine(
  view: OperationView,
  c: Colors,
  paint: (op: string, text: string) => string,
): string {
  const words = [view.item, view.title].filter(Boolean).join(' ');
  const group = view.group ? ` → ${view.group}` : '';
  const detail = view.detail ? ` (${view.detail})` : '';
  if (view.op === 'skip') return c.dim(`  ${view.symbol} ${words}${detail}`);
  return `  ${paint(view.op, view.symbol)} ${words}${group}${detail}`;
}

function changed(file: PreviewFile): boolean {
  return file.before !== file.after;
}

function colorDiff(diff: string, c: Colors): string {
  return diff
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      return line;
    })
    .join('\n');
}
