import type { RowBlock } from './outline.js';

export type RowStatus = 'done' | 'open' | null;

/** Header words that name a status column, in the languages plans are written in. */
const statusHeader =
  /^(?:\*\*|__)?(?:status|state|done|progress|estado|situação|statut|zustand|状态|狀態|状態|상태|статус)(?:\*\*|__)?$/i;
const mark = /^(?:\[[xX]\]|✅|✔️?|☑️?)/u;
const word =
  /^(?:done|complete|completed|finished|closed|merged|shipped|concluíd[oa]|hecho|terminado|erledigt|完了|完成|已完成|완료|готово)(?![\p{L}])/iu;
/** What may follow the mark: a date or a note (`Done (2025-09-22)`, `✅ — merged in #12`). */
const after = /^(?:\(.*\)|[-–—:,].*|\d{4}-\d{2}-\d{2})?$/;

/**
 * The done state a table row of tasks gives in its status column. The column named by the
 * header wins; without one, a cell after the title that is nothing but a done mark counts
 * (`| T001 | Install packages | ✅ |`).
 */
export function readRowStatus(row: RowBlock, text: string): RowStatus {
  const column = row.header.findIndex((name) => statusHeader.test(name.trim()));
  const cells = row.cells.map((cell) => text.slice(cell.start, cell.end).trim());
  if (column >= 0) {
    const cell = cells[column] ?? '';
    if (cell === '') return 'open';
    return isDone(cell) ? 'done' : 'open';
  }
  return cells.slice(2).some((cell) => cell !== '' && isDone(cell)) ? 'done' : null;
}

/** A cell that says the work is finished: a checked box, a check mark, or a word for done. */
function isDone(cell: string): boolean {
  let rest = cell.replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
  let marked = false;
  for (const re of [mark, word]) {
    const match = re.exec(rest);
    if (!match) continue;
    marked = true;
    rest = rest.slice(match[0].length).trim();
  }
  return marked && after.test(rest);
}
