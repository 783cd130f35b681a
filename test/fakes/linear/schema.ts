/**
 * Linear's public schema (as published with @linear/sdk 88.3), built once per process. The
 * fake answers only documents valid against it, and tests validate a client's documents
 * against the same copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

const RELATIVE = path.join('test', 'fakes', 'linear', 'schema.graphql');

let built: GraphQLSchema | undefined;

export function linearSchema(): GraphQLSchema {
  built ??= buildSchema(readFileSync(schemaPath(), 'utf8'));
  return built;
}

/**
 * The copy beside this module, or, when running compiled from `dist-dev/` (a demo, the
 * benchmark), the one in the source tree above it: the compiler does not copy .graphql files.
 */
export function schemaPath(from = path.dirname(fileURLToPath(import.meta.url))): string {
  const beside = path.join(from, 'schema.graphql');
  if (existsSync(beside)) return beside;
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no ${RELATIVE} above ${from}`);
  }
}
