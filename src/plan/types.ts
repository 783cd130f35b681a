/**
 * The parsed model of a feature's plan documents. Pure data: no I/O lives here.
 *
 * Positions follow unified/vfile: `line` and `column` are 1-based, `offset` is a 0-based
 * index into the file's text *as read* (after BOM removal is NOT applied: offsets count the
 * BOM character if present, so splices land on the exact original bytes).
 */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  /** Path of the file, as given to the parser (usually relative to the working directory). */
  file: string;
  start: Position;
  end: Position;
}

/** A link plansync wrote back earlier (or a person edited), found at the end of a task line. */
export interface Link {
  text: string;
  url: string;
  /** Offsets of the whole link including the single space before it: `[start, end)`. */
  start: number;
  end: number;
}

/** Where write-back puts (or replaces) the link of one task. */
export interface TaskLinkSite {
  file: string;
  /** Offset where a new link is inserted: the end of the task's title (its first paragraph when it wraps), before any trailing whitespace and the line ending. */
  insertAt: number;
  /** The link already there, if any (replaced in place). */
  existing: Link | null;
}

export interface Task {
  /** As written: `T012`, `T001a`, `T-1.1`. */
  id: string;
  /** Description without the id, tags, checkbox or a written-back link; a wrapped first paragraph is joined with single spaces. */
  title: string;
  /** Number of the phase the task belongs to, as written (`"2"`, `"3.1"`, `"A"`, `"Final"`), or null. */
  phase: string | null;
  done: boolean;
  /**
   * Struck through (`- [X] ~~T018 Add file manager~~ **OBSOLETE**`): the task was dropped. It
   * is still a task with its id, so a tracker item made for it can be closed as not planned.
   * The parser always sets it; a task built elsewhere without it is not obsolete.
   */
  obsolete?: boolean;
  /** Bracketed tags without brackets, in order: `["P", "US1"]`. */
  tags: string[];
  /** Task ids this task depends on (`depends on T010, T011`). */
  dependsOn: string[];
  /** Indented continuation lines / sub-bullets under the task, as plain markdown (may be empty). */
  details: string;
  /** The link written back earlier, if any. */
  link: Link | null;
  /** Span of the task's list item (or heading / table row). */
  source: Span;
  /** Where write-back edits this task's link. */
  linkSite: TaskLinkSite;
  /**
   * True for a task that only a plan.md `Tasks:` range names (no task line anywhere). Its title
   * is built from the phase, its `source` is the range token, and its `linkSite.insertAt` is -1:
   * there is no line to write a link on, so write-back must skip it.
   */
  synthetic?: boolean;
}

/** Where write-back puts the `Milestone:` and `Issues:` items of one phase in plan.md. */
export interface PhaseLinkSite {
  file: string;
  /** Offset of the start of the line before which new items are inserted (after the `Tasks:` item, or first under the heading). */
  insertAt: number;
  /** Indentation + list marker to use for inserted items, e.g. `"- "` or `"  * "`. */
  prefix: string;
  /** Line ending of the file: `"\n"` or `"\r\n"`. */
  eol: string;
  /** True when `insertAt` is at end of file with no trailing newline: inserted lines must start with `eol`. */
  atEofWithoutNewline: boolean;
  /** An existing `Milestone:` item line: `[start, end)` including its line ending. */
  milestone: { start: number; end: number; text: string } | null;
  /** An existing `Issues:` item line: `[start, end)` including its line ending. */
  issues: { start: number; end: number; text: string } | null;
}

export interface Phase {
  /** Number as written: `"1"`, `"3.1"`, `"A"`, `"Final"`, `"N"`. */
  number: string;
  title: string;
  /** Ids of the tasks in this phase, in document order. */
  tasks: string[];
  /** Task ids claimed by the plan.md `Tasks:` item (expanded ranges), if plan.md has this phase. */
  planTaskIds: string[] | null;
  duration: string | null;
  deliverables: string[];
  /** Heading span: in tasks.md if it has the phase, else in plan.md. */
  source: Span;
  /** The phase heading in plan.md, if plan.md has it. */
  planSource: Span | null;
  /** Where write-back puts this phase's links in plan.md (null when plan.md has no such phase). */
  linkSite: PhaseLinkSite | null;
  /** The `Milestone:` link already written back, if any. */
  link: Link | null;
}

export interface Feature {
  /** `**Feature ID:**` value, else the folder name. */
  id: string;
  /** Folder of the feature documents. */
  dir: string;
  /** Paths of the documents read (either may be absent). */
  planFile: string | null;
  tasksFile: string | null;
  phases: Phase[];
  tasks: Task[];
}

export type Severity = 'error' | 'warning';

/** A positioned problem with the input (`file:line:col severity message`). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable machine code, e.g. `duplicate-id`. */
  code: string;
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

/** What the parser returns for one feature: the model plus every problem found on the way. */
export interface ParseResult {
  feature: Feature;
  problems: Problem[];
  /** The exact texts that were parsed, by path: write-back splices into these. */
  sources?: Record<string, string>;
}
