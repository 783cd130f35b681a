import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { planError } from '../errors/catalogue.js';
import type { Feature } from '../plan/types.js';
import { applyEdits } from './apply-edits.js';
import { planEdits } from './plan-edits.js';
import type { WriteBackRefs } from './types.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface FileChange {
  file: string;
  before: string;
  after: string;
}

/**
 * Writes links into one feature's files as results arrive. Every write is computed from the
 * text that was parsed (the offsets belong to it), and only happens while the file on disk is
 * still what plansync last left there: a person's edit during the run is never clobbered.
 */
export class LinkRecorder {
  private readonly current = new Map<string, string>();

  constructor(
    private readonly feature: Feature,
    private readonly sources: Readonly<Record<string, string>>,
    private readonly cwd: string,
  ) {
    for (const [file, text] of Object.entries(sources)) this.current.set(file, text);
  }

  /** What write-back would change, without writing (dry run). */
  preview(refs: WriteBackRefs): FileChange[] {
    const changes: FileChange[] = [];
    for (const [file, edits] of planEdits(this.feature, refs)) {
      const before = this.sources[file];
      if (before === undefined) continue;
      const after = applyEdits(before, edits);
      if (after !== before) changes.push({ file, before, after });
    }
    return changes;
  }

  /** Writes the links; returns the files whose bytes changed. */
  async record(refs: WriteBackRefs): Promise<string[]> {
    const written: string[] = [];
    for (const change of this.preview(refs)) {
      const last = this.current.get(change.file);
      if (last === change.after) continue;
      const absolute = path.resolve(this.cwd, change.file);
      const onDisk = await readFile(absolute, 'utf8');
      if (onDisk !== last) throw planError('file-changed', { file: change.file });
      await writeFileAtomic(absolute, change.after, { expected: onDisk });
      this.current.set(change.file, change.after);
      written.push(change.file);
    }
    return written;
  }
}
