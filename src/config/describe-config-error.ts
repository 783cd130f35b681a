import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Why a config file could not be read, as `file:line:col reason`. cosmiconfig's own message
 * for JSON is `JSON Error in <file>:` followed by a code frame, so its first line says nothing;
 * the file is parsed again here to get the parser's reason and its position.
 */
export async function describeConfigError(
  error: unknown,
  display: (file: string) => string,
): Promise<{ file: string; reason: string }> {
  const details = error as { filepath?: unknown; reason?: unknown; mark?: unknown };
  const filepath = typeof details.filepath === 'string' ? details.filepath : null;
  const file = filepath ? display(filepath) : '.planrc';
  if (filepath && /\.json$|(^|[/\\])\.planrc$/.test(filepath) && !details.mark) {
    const json = await jsonReason(filepath);
    if (json) return { file: `${file}${json.at}`, reason: json.reason };
  }
  // YAML errors carry the reason and a 0-based mark.
  const mark = details.mark as { line?: unknown; column?: unknown } | undefined;
  if (typeof details.reason === 'string' && typeof mark?.line === 'number') {
    const column = typeof mark.column === 'number' ? mark.column + 1 : 1;
    return { file: `${file}:${mark.line + 1}:${column}`, reason: details.reason };
  }
  const message = error instanceof Error ? error.message : String(error);
  const reason =
    message
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '' && !line.endsWith(':')) ?? message;
  return { file, reason: reason.replace(`${filepath ?? ''}`, path.basename(filepath ?? '')) };
}

/** JSON.parse's reason with `:line:col` computed from its `at position N`. */
async function jsonReason(filepath: string): Promise<{ at: string; reason: string } | null> {
  const text = await readFile(filepath, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position
      ? Number(position[1])
      : /end of JSON input/.test(message)
        ? text.length
        : null;
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/ at position \d+/, '');
    if (offset === null) return { at: '', reason };
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return { at: `:${line}:${column}`, reason };
  }
}
