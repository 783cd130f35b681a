import { createTwoFilesPatch } from 'diff';
import pc from 'picocolors';

/** A `git diff`-style patch of one file, coloured when the terminal allows it. */
export function printPatch(file: string, before: string, after: string): string {
  if (before === after) return pc.dim(`${file}: unchanged\n`);
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', {
    context: 1,
  });
  return (
    patch
      .split('\n')
      // jsdiff opens with an `Index:` banner and a rule that git does not print.
      .filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line))
      .map((line) => {
        // Empty file headers still leave jsdiff's tab separator behind.
        if (line.startsWith('+++') || line.startsWith('---')) return pc.bold(line.trimEnd());
        if (line.startsWith('@@')) return pc.cyan(line);
        if (line.startsWith('+')) return pc.green(line);
        if (line.startsWith('-')) return pc.red(line);
        return line;
      })
      .join('\n')
      .trimEnd()
  );
}
