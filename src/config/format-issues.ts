import type { z } from 'zod';
import { closestKey } from './closest-key.js';

type Issue = z.core.$ZodIssue;

export interface FormatOptions {
  /** The schema the issues came from: its keys are offered for a mistyped one. */
  schema?: z.ZodType;
  /** The value that was checked, so a message can say what was found. */
  input?: unknown;
  /** Shown before each issue's path (`github` for the github section). */
  prefix?: PropertyKey[];
}

/**
 * Zod issues as plain `path: problem` lines, one per problem: an unknown key with the known
 * one it most likely meant, a wrong type as what was expected and what was found. Messages a
 * schema wrote itself (`expected "owner/name"`) are kept as they are.
 */
export function formatIssues(issues: Issue[], options: FormatOptions = {}): string[] {
  const prefix = options.prefix ?? [];
  return issues.flatMap((issue) => {
    const full = [...prefix, ...issue.path];
    const where = full.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(options.schema, issue.path);
      return issue.keys.map((key) => {
        const near = closestKey(key, known);
        const within = where ? ` in "${where}"` : '';
        const advice = near
          ? `; did you mean "${near}"?`
          : known.length > 0
            ? ` (known keys: ${known.join(', ')})`
            : '';
        return `unknown key "${key}"${within}${advice}`;
      });
    }
    const value = valueAt(options.input, issue.path);
    const message = /^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)
      ? inWords(issue, value)
      : issue.message;
    return [where ? `${where}: ${message}` : message];
  });
}

function inWords(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `required but missing (expected ${typeWords(issue.expected)})`
        : `expected ${typeWords(issue.expected)}, not ${valueWords(value)}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const near = typeof value === 'string' ? closestKey(value, issue.values.map(String)) : null;
      const advice = near ? `; did you mean "${near}"?` : '';
      return `expected ${options.length === 1 ? options[0] : `one of ${options.join(', ')}`}, not ${valueWords(value)}${advice}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `expected a list of at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`
        : issue.origin === 'string'
          ? `expected text of at least ${String(issue.minimum)} character${issue.minimum === 1 ? '' : 's'}`
          : `expected at least ${String(issue.minimum)}, not ${valueWords(value)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected a list of at most ${String(issue.maximum)} entries`
        : `expected at most ${String(issue.maximum)}, not ${valueWords(value)}`;
    case 'invalid_union': {
      const expected = issue.errors
        .map((branch) => branch[0])
        .filter((first): first is Issue => first !== undefined)
        .map((first) => inWords(first, value).replace(/^expected /, ''))
        .map((text) => text.replace(/, not .*$/, ''));
      return `expected ${[...new Set(expected)].join(' or ')}, not ${valueWords(value)}`;
    }
    case 'invalid_format':
      return `expected ${issue.format === 'url' ? 'a URL' : `a ${issue.format}`}, not ${valueWords(value)}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function typeWords(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list ([…])',
    object: 'an object ({…})',
    record: 'an object ({…})',
  };
  return words[type] ?? type;
}

function valueWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys an object schema accepts at `path`, through optional, default and prefault. */
function keysAt(schema: z.ZodType | undefined, path: PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const shape = shapeOf(current);
    current = unwrap(shape?.[String(key)]);
  }
  return Object.keys(shapeOf(current) ?? {});
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  // An adapter package may bring a schema from another zod; without `_zod`, no keys are known.
  const def = defOf(schema) as { type?: string; shape?: Record<string, z.ZodType> } | undefined;
  return def?.type === 'object' ? def.shape : undefined;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let i = 0; i < 8 && current; i++) {
    const def = defOf(current) as { innerType?: z.ZodType } | undefined;
    if (!def?.innerType) break;
    current = def.innerType;
  }
  return current;
}

function defOf(schema: z.ZodType | undefined): unknown {
  return (schema as { _zod?: { def?: unknown } } | undefined)?._zod?.def;
}
