/** Environment variables that may hold a secret. Their values never reach any output. */
export const SECRET_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'LINEAR_API_KEY',
  'JIRA_API_TOKEN',
  'JIRA_PAT',
];

/** Returns a function that replaces every secret value found in a string with `***`. */
export function createMasker(
  env: Record<string, string | undefined>,
  extraVariables: string[] = [],
): (text: string) => string {
  const values = [...SECRET_VARIABLES, ...extraVariables]
    .map((name) => env[name])
    .filter((value): value is string => typeof value === 'string' && value.length >= 4)
    // Longest first, so a secret that contains another is masked whole.
    .sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((out, value) => out.split(value).join('***'), text);
}
