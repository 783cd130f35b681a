import { TRAILING_DEPENDS } from './parse-depends-on.js';
import { splitTags } from './parse-task-line.js';

export interface Title {
  title: string;
  /** Tags found after the title starts: trailing references and `[P]` mid-line. */
  tags: string[];
  /** Struck through (`~~…~~`) or marked `**OBSOLETE**`. */
  obsolete: boolean;
}

/** Trailing requirement references: `[FR-002]`, `[FR-002, FR-005]`, `[SC-005][US1]`, `[P]`. */
const reference = String.raw`(?:P|[A-Z][A-Za-z]*-?\d+[A-Za-z]*(?:[-.]\d+[A-Za-z]*)*)`;
const trailingTag = new RegExp(
  String.raw`[ \t]*\[(${reference}(?:[ \t]*,[ \t]*${reference})*)\](?!\()[ \t]*$`,
);
/** spec-kit's markers may sit anywhere in the line: `Create model [P] in src/models/`. */
const midTag = /(^|[ \t])\[(P|US\d+)\](?=[ \t]|$)/g;
const obsoleteMark =
  /[ \t]*(?:\*\*|__|\()[ \t]*(?:OBSOLETE|Obsolete|obsolete|DEPRECATED|Deprecated|deprecated)[ \t]*(?:\*\*|__|\))[ \t]*$|[ \t]+(?:OBSOLETE|DEPRECATED)[ \t]*$/;

/**
 * The title of a task from the text after its id, which may run over several lines: lines
 * joined with single spaces, hard-break marks dropped, and what is not title taken out (a
 * trailing dependency note, trailing tags, `[P]` mid-line, strike-through marks).
 */
export function readTitle(raw: string, struckId: boolean): Title {
  // Most titles are one line: the same steps without splitting it into a list.
  let title = raw.includes('\n')
    ? raw
        .split(/\r?\n/)
        .map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*(?:>[ \t]?)*/, '')))
        .map((line) => line.replace(/\\$/, '').trim())
        .filter((line) => line !== '')
        .join(' ')
    : raw.replace(/\\$/, '').trim();
  let obsolete = struckId;
  const tags: string[] = [];

  for (let changed = true; changed;) {
    changed = false;
    const mark = obsoleteMark.exec(title);
    if (mark) {
      obsolete = true;
      title = title.slice(0, mark.index);
      changed = true;
    }
    // `~~T002 Create the account~~ → **REPLACED by T021a**`: the struck text is the title, what
    // follows the strike only says why it was dropped.
    const close = struckId ? title.indexOf('~~') : -1;
    if (close >= 0) {
      title = title.slice(0, close).trimEnd();
      changed = true;
    }
    const depends = TRAILING_DEPENDS.exec(title);
    if (depends && depends.index > 0) {
      title = title.slice(0, depends.index);
      changed = true;
    }
    const tagged = trailingTag.exec(title);
    if (tagged && tagged.index > 0) {
      tags.unshift(...splitTags(tagged[1] ?? ''));
      title = title.slice(0, tagged.index);
      changed = true;
    }
    title = title.trim();
  }

  // A struck title, maybe with a note after it: `T018 ~~Add file manager~~ SKIPPED (built in)`.
  const struck = /^~~(?=\S)([\s\S]*?\S)~~(?!~)/.exec(title);
  if (struck) {
    obsolete = true;
    title = struck[1] ?? '';
  }
  title = title.replace(midTag, (_, space: string, name: string) => {
    tags.push(name);
    return space;
  });
  return { title: title.replace(/[ \t]{2,}/g, ' ').trim(), tags, obsolete };
}
