/** Variables that hold the built-in trackers' secrets. Their values never reach any output. */
export const SECRET_VARIABLES = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'LINEAR_API_KEY',
  'JIRA_API_TOKEN',
  'JIRA_PAT',
];

/** A variable whose name says it holds a secret (`MY_TOKEN`, `API_KEY`, `JIRA_PAT`; not `PATH`). */
const SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|KEY|APIKEY|PAT|CREDENTIALS?)(_|$)/i;

export interface Masker {
  (text: string): string;
  /** Adds variables (named in config or by an adapter) whose values must be masked too. */
  add(variables: readonly string[]): void;
}

/**
 * Replaces every secret value found in a string with `***`: the built-in trackers' variables,
 * any variable whose name looks like a secret, and the ones added later (an adapter's
 * `secretVariables`, a `tokenEnv` named in config).
 */
export function createMasker(
  env: Record<string, string | undefined>,
  extraVariables: readonly string[] = [],
): Masker {
  const names = new Set([
    ...SECRET_VARIABLES,
    ...Object.keys(env).filter((name) => SECRET_NAME.test(name)),
    ...extraVariables,
  ]);
  let values: string[] = [];
  const refresh = () => {
    values = [...names]
      .map((name) => env[name])
      .filter((value): value is string => typeof value === 'string' && value.length >= 4)
      // Longest first, so a secret that contains another is masked whole.
      .sort((a, b) => b.length - a.length);
  };
  refresh();
  const mask = ((text: string) =>
    values.reduce((out, value) => out.split(value).join('***'), text)) as Masker;
  mask.add = (variables) => {
    for (const name of variables) names.add(name);
    refresh();
  };
  return mask;
}

/** Variables the config names as holding a secret: every `…Env` option with a string value. */
export function variablesNamedIn(config: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (/Env$/.test(key) && typeof inner === 'string') found.push(inner);
      else walk(inner);
    }
  };
  walk(config);
  return found;
}
