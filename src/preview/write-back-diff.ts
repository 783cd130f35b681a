import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { PreviewFile } from './types.js';

/**
 * The unified diff of one plan file, `a/` → `b/` like git, or `''` when it does not change.
 * Line endings and a BOM are shown as plain `\n` text: write-back never changes either, and a
 * stray `\r` would garble terminals and pull-request comments.
 */
export function writeBackDiff({ file, before, after }: PreviewFile): string {
  if (before === after) return '';
  const name = file.replace(/\\/g, '/');
  return createTwoFilesPatch(
    `a/${name}`,
    `b/${name}`,
    forDisplay(before),
    forDisplay(after),
    undefined,
    undefined,
    { headerOptions: FILE_HEADERS_ONLY },
  );
}

function forDisplay(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}
