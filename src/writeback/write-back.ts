import { readFile } from 'node:fs/promises';
import type { Feature } from '../plan/types.js';
import { applyEdits } from './apply-edits.js';
import { planEdits } from './plan-edits.js';
import { sitesStillMatch } from './sites-still-match.js';
import type { WriteBackRefs } from './types.js';
import { writeFileAtomic, type AtomicFs } from './write-file-atomic.js';

export interface WriteBackOptions {
  dryRun: boolean;
  /**
   * The text of each file as it was parsed, by path (`ParseResult.sources`). When given, a file
   * must still hold exactly this text; otherwise the parse's offsets are checked against it.
   */
  sources?: Readonly<Record<string, string>>;
  fs?: AtomicFs;
}

export interface WriteBackResult {
  file: string;
  before: string;
  after: string;
  status: 'written' | 'unchanged' | 'would-write';
}

/**
 * Writes the links of `refs` into the feature's plan files (the I/O edge of write-back). A
 * dry run reads and reports what would change but writes nothing.
 */
export async function writeBack(
  feature: Feature,
  refs: WriteBackRefs,
  { dryRun, sources, fs }: WriteBackOptions,
): Promise<WriteBackResult[]> {
  const results: WriteBackResult[] = [];
  for (const [file, edits] of planEdits(feature, refs)) {
    const before = await readFile(file, 'utf8');
    const parsed = sources && Object.hasOwn(sources, file) ? sources[file] : undefined;
    const same = parsed === undefined ? sitesStillMatch(before, feature, file) : parsed === before;
    if (!same) throw changedDuringPush(file);

    const after = applyEdits(before, edits);
    let status: WriteBackResult['status'];
    if (after === before) status = 'unchanged';
    else if (dryRun) status = 'would-write';
    else
      status = await writeFileAtomic(
        file,
        after,
        fs ? { expected: before, fs } : { expected: before },
      );
    results.push({ file, before, after, status });
  }
  return results;
}

function changedDuringPush(file: string): Error {
  return new Error(
    `${file} changed during the push, so its links were not written. Re-run to link the new text.`,
  );
}
