import type { Problem } from '../plan/types.js';

/**
 * A plan problem as a GitHub Actions workflow command, so it shows on the file and line in
 * the pull request: `::error file=specs/001/tasks.md,line=14,col=3::duplicate task id T012`.
 */
export function annotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file.split('\\').join('/'))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
  ].join(',');
  const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
  return `::${problem.severity} ${properties}::${escapeData(message)}`;
}

// The runner's own escaping rules: data loses %, CR and LF; properties also : and ,.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
