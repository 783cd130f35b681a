/**
 * Before and after under the same load: the parse tables of another build (an older commit
 * checked out and built elsewhere) and of this one, one after the other, each in a process
 * of its own. See docs/benchmarks.md.
 *
 *   node --expose-gc dist-dev/bench/compare-builds.js <other tree>
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const other = process.argv[2];
if (!other) {
  console.error('usage: node --expose-gc dist-dev/bench/compare-builds.js <other tree>');
  process.exit(2);
}
const self = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const child = fileURLToPath(new URL('compare-one.js', import.meta.url));

for (const what of ['in-process', 'process']) {
  for (const [name, tree] of [
    ['before', resolve(other)],
    ['after', self],
  ] as const) {
    console.log(`\n${name} (${tree}), ${what}\n`);
    const run = spawnSync(process.execPath, ['--expose-gc', child, tree, what], {
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
