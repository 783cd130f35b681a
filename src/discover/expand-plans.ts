import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Expands `plans` patterns (`specs/*`, `docs/**\/plan.md`) to existing paths, relative to
 * `cwd`, sorted. Supports `*`, `?` and `**` segments, which is all plan globs need.
 */
export async function expandPlans(patterns: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
    for (const match of await walk(cwd, '', segments)) found.add(match);
  }
  return [...found].sort();
}

async function walk(cwd: string, prefix: string, segments: string[]): Promise<string[]> {
  const [head, ...rest] = segments;
  if (head === undefined) return [prefix || '.'];
  const dir = path.join(cwd, prefix);
  if (!/[*?]/.test(head)) {
    const next = prefix ? `${prefix}/${head}` : head;
    const exists = await readdir(dir).then(
      (names) => names.includes(head),
      () => false,
    );
    return exists ? walk(cwd, next, rest) : [];
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  if (head === '**') {
    out.push(...(await walk(cwd, prefix, rest)));
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.'))
        continue;
      out.push(...(await walk(cwd, prefix ? `${prefix}/${entry.name}` : entry.name, segments)));
    }
    return out;
  }
  const re = new RegExp(
    `^${head
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );
  for (const entry of entries) {
    if (!re.test(entry.name) || entry.name.startsWith('.')) continue;
    if (rest.length > 0 && !entry.isDirectory()) continue;
    out.push(...(await walk(cwd, prefix ? `${prefix}/${entry.name}` : entry.name, rest)));
  }
  return out;
}
