import type { DesiredItem } from '../src/diff/desired-items.js';
import { hashFields } from '../src/diff/hash-fields.js';
import type { Snapshot } from '../src/diff/types.js';

/** The tracker right after a push of these items: every item exists, marked, untouched since. */
export function unchangedSnapshot(items: DesiredItem[]): Snapshot {
  return {
    items: items.map((item, index) => {
      const number = index + 1;
      const url =
        item.kind === 'group'
          ? `https://github.com/acme/app/milestone/${number}`
          : `https://github.com/acme/app/issues/${number}`;
      return {
        id: String(number),
        kind: item.kind,
        ref: { text: `#${number}`, url },
        marker: { key: item.key, hashes: hashFields(item.fields) },
        fields: { ...item.fields },
      };
    }),
  };
}
