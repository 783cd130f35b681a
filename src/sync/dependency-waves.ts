import type { WriteOp } from './write-op.js';

/**
 * Splits task writes into waves: a create waits for the creates of the tasks it depends on.
 * Cycles (and everything after them) fall into the last wave; the follow-up pass sets those.
 */
export function dependencyWaves<T extends { op: WriteOp }>(entries: T[]): T[][] {
  const creating = new Set(entries.filter((e) => e.op.op === 'create').map((e) => e.op.key));
  const placed = new Set<string>();
  const waves: T[][] = [];
  let rest = entries;
  while (rest.length > 0) {
    const ready = rest.filter(
      (e) =>
        e.op.op !== 'create' ||
        e.op.fields.dependsOn.every((key) => !creating.has(key) || placed.has(key)),
    );
    const wave = ready.length > 0 ? ready : rest;
    waves.push(wave);
    for (const e of wave) placed.add(e.op.key);
    const taken = new Set(wave);
    rest = rest.filter((e) => !taken.has(e));
  }
  return waves;
}
