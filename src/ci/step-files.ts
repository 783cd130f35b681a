import { appendFile } from 'node:fs/promises';

/**
 * Appends step outputs (`created=3`) to the `GITHUB_OUTPUT` file. Values are numbers, so the
 * one-line form is safe (multi-line values would need a delimiter).
 */
export async function writeOutputs(
  file: string,
  outputs: Record<string, number | string>,
): Promise<void> {
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`);
  await appendFile(file, lines.join(''));
}

/** Appends markdown to the job summary (`GITHUB_STEP_SUMMARY`). */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
