/**
 * Reading request bodies the way GitHub does: unknown fields are ignored, a field of the
 * wrong type is a 422 naming the field. A failed check throws a `ReplyError` that the
 * handler turns into the response.
 */
import { invalidType, type Reply } from './reply.js';

export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`fake GitHub replies ${reply.status}`);
  }
}

export function fail(reply: Reply): never {
  throw new ReplyError(reply);
}

export type Body = Record<string, unknown>;

/** Absent fields come back `undefined`; explicit `null` only where `nullable`. */
export function stringField(body: Body, name: string, nullable = false): string | null | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (typeof value !== 'string') fail(invalidType(name, value, 'a string'));
  return value;
}

export function integerField(
  body: Body,
  name: string,
  nullable = false,
): number | null | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail(invalidType(name, value, 'an integer'));
  }
  return value;
}

export function booleanField(body: Body, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') fail(invalidType(name, value, 'a boolean'));
  return value;
}

export function enumField<T extends string>(
  body: Body,
  name: string,
  values: readonly T[],
  nullable = false,
): T | null | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    fail(invalidType(name, value, `one of ${values.map((v) => `"${v}"`).join(', ')}`));
  }
  return value as T;
}

/** Issue titles: GitHub's schema takes a string or an integer. */
export function titleField(body: Body, nullable = false): string | null | undefined {
  const value = body.title;
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string') fail(invalidType('title', value, 'a string or an integer'));
  return value;
}

/** Label lists: names, or objects carrying a name. */
export function labelNamesField(body: Body, name = 'labels'): string[] | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(invalidType(name, value, 'an array'));
  return value.map((item, index) => {
    if (typeof item === 'string') return item;
    if (item && typeof item === 'object' && typeof (item as Body).name === 'string') {
      return (item as { name: string }).name;
    }
    return fail(invalidType(`${name}/items/${index}`, item, 'a string or an object with a name'));
  });
}

export function stringArrayField(body: Body, name: string): string[] | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(invalidType(name, value, 'an array of strings'));
  }
  return value as string[];
}

/** Milestone reference on an issue: a number (or numeric string), or null to clear. */
export function milestoneField(body: Body): number | null | undefined {
  const value = body.milestone;
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return fail(invalidType('milestone', value, 'an integer or null'));
}
