import { readFile } from 'node:fs/promises';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Utf8Read = { text: string } | { invalidAt: { line: number; column: number } };

/**
 * A plan file's text, or where it stops being UTF-8. A lenient decode would turn a stray byte
 * (`caf\xe9`) into `�` and write that back, changing the plan outside plansync's links. The
 * BOM is kept (`ignoreBOM`), since every offset in the model indexes the text as read.
 */
export async function readUtf8(path: string): Promise<Utf8Read> {
  const bytes = await readFile(path);
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { invalidAt: firstInvalid(bytes) };
  }
}

/** Line and column (in characters) of the first byte that is not part of valid UTF-8. */
function firstInvalid(bytes: Uint8Array): { line: number; column: number } {
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes, offset);
    if (length === 0) break;
    offset += length;
  }
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    bytes.subarray(lineStart, offset),
  );
  return { line, column: before.length + 1 };
}

/** Bytes in the valid UTF-8 sequence starting at `at`, or 0 when it is not valid. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at]!;
  if (first < 0x80) return 1;
  const [length, min, max] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first === 0xed
          ? [3, 0x80, 0x9f]
          : first >= 0xe1 && first <= 0xef
            ? [3, 0x80, 0xbf]
            : first === 0xf0
              ? [4, 0x90, 0xbf]
              : first >= 0xf1 && first <= 0xf3
                ? [4, 0x80, 0xbf]
                : first === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (length === 0 || at + length > bytes.length) return 0;
  const second = bytes[at + 1]!;
  if (second < min || second > max) return 0;
  for (let i = 2; i < length; i++) {
    const next = bytes[at + i]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}
