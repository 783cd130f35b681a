import type { PhaseLinkSite } from '../plan/types.js';
import { formatLink } from './format-link.js';
import type { Edit, PhaseRefs } from './types.js';

type LineSite = NonNullable<PhaseLinkSite['milestone']>;

/**
 * Edits that give a phase in plan.md its `Milestone:` and `Issues:` items. Existing items are
 * rewritten in place only when they differ; a missing item goes next to its sibling when there
 * is one, so the two stay together, else at the site's insertion point.
 */
export function phaseLinkEdits(site: PhaseLinkSite, refs: PhaseRefs): Edit[] {
  const wantMilestone = refs.milestone ? `Milestone: ${formatLink(refs.milestone)}` : null;
  const wantIssues =
    refs.issues.length > 0 ? `Issues: ${refs.issues.map(formatLink).join(', ')}` : null;

  const milestone = site.milestone ? replaced(site, site.milestone, wantMilestone) : null;
  const issues = site.issues ? replaced(site, site.issues, wantIssues) : null;

  // Issues go right after an existing Milestone item, in the same list, and vice versa.
  if (site.milestone && milestone && !site.issues && wantIssues !== null) {
    return [appendLine(site, site.milestone, milestone.text, wantIssues)];
  }
  if (site.issues && issues && !site.milestone && wantMilestone !== null) {
    return [prependLine(site, site.issues, issues.text, wantMilestone)];
  }

  const edits: Edit[] = [];
  const missing = [site.milestone ? null : wantMilestone, site.issues ? null : wantIssues].filter(
    (line): line is string => line !== null,
  );
  if (missing.length > 0) edits.push(insertLines(site, missing));
  if (milestone?.changed) edits.push(milestone.edit);
  if (issues?.changed) edits.push(issues.edit);
  return edits;
}

interface SplitLine {
  lead: string;
  content: string;
  ending: string;
}

const LIST_LEAD = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/**
 * The parser may or may not include the line ending in `text`; the span length tells which,
 * so the ending is rebuilt from the span rather than trusted from the text.
 */
function splitLine(site: PhaseLinkSite, line: LineSite): SplitLine {
  const bare = line.text.replace(/\r?\n$/, '');
  const endingLength = line.end - line.start - bare.length;
  const ending = endingLength >= 2 ? '\r\n' : endingLength === 1 ? '\n' : '';
  const lead = LIST_LEAD.exec(bare)?.[0] ?? site.prefix;
  const content = bare.startsWith(lead) ? bare.slice(lead.length) : bare;
  return { lead, content, ending };
}

interface Replaced {
  changed: boolean;
  /** The line as it will read, without its ending. */
  text: string;
  edit: Edit;
}

function replaced(site: PhaseLinkSite, line: LineSite, want: string | null): Replaced {
  const parts = splitLine(site, line);
  const content = want ?? parts.content;
  const changed = content !== parts.content;
  const text = parts.lead + content;
  return {
    changed,
    text,
    edit: { start: line.start, end: line.end, text: text + parts.ending },
  };
}

function appendLine(site: PhaseLinkSite, line: LineSite, current: string, add: string): Edit {
  const { lead, ending } = splitLine(site, line);
  // A last line without an ending keeps the file ending without one: the new line brings the break.
  const text =
    ending === '' ? current + site.eol + lead + add : current + ending + lead + add + ending;
  return { start: line.start, end: line.end, text };
}

function prependLine(site: PhaseLinkSite, line: LineSite, current: string, add: string): Edit {
  const { lead, ending } = splitLine(site, line);
  return { start: line.start, end: line.end, text: lead + add + site.eol + current + ending };
}

function insertLines(site: PhaseLinkSite, lines: string[]): Edit {
  const text = site.atEofWithoutNewline
    ? lines.map((line) => site.eol + site.prefix + line).join('')
    : lines.map((line) => site.prefix + line + site.eol).join('');
  return { start: site.insertAt, end: site.insertAt, text };
}
