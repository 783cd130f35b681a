import { fieldText, hashText, repeats } from './hash-fields.js';
import {
  FIELD_NAMES,
  type FieldName,
  type ItemFields,
  type KindSpec,
  type Marker,
  type RemoteItem,
} from './types.js';

export interface FieldComparison {
  /** Plan changed the field and the tracker still has what plansync last pushed. */
  changes: FieldName[];
  /** A person changed the field on the tracker; the plan did not. */
  drift: FieldName[];
  /** Both changed since the last push. */
  conflicts: FieldName[];
  /** The marker to store when the item is written: per-field hash of what will be there. */
  marker: Marker;
}

/**
 * The three-way comparison of one item: plan (desired), base (hash in the marker, what
 * plansync last pushed) and remote (what the tracker holds now). Only the fields the kind
 * holds are compared, each in its canonical form.
 */
export function compareFields(
  key: string,
  desired: ItemFields,
  remote: RemoteItem,
  ownedLabels: ReadonlySet<string>,
  spec?: Pick<KindSpec, 'fields' | 'canonical'>,
): FieldComparison {
  const base = remote.marker?.hashes ?? {};
  const result: FieldComparison = {
    changes: [],
    drift: [],
    conflicts: [],
    marker: { key, hashes: {} },
  };
  for (const name of spec?.fields ?? FIELD_NAMES) {
    const planText = fieldText(name, desired[name], spec);
    const planHash = hashText(planText, repeats(name));
    const remoteValue = remoteField(remote, name, ownedLabels);
    const baseHash = base[name];
    // A field the adapter cannot read is what plansync last pushed, as far as we know.
    // The same text has the same hash: most fields are unchanged, and hash once.
    const remoteText = remoteValue === undefined ? null : fieldText(name, remoteValue, spec);
    const remoteHash =
      remoteText === null
        ? baseHash
        : remoteText === planText
          ? planHash
          : hashText(remoteText, repeats(name));
    if (remoteHash === planHash) {
      result.marker.hashes[name] = planHash;
    } else if (baseHash === undefined || remoteHash === baseHash) {
      // No base (an older marker) or the tracker is as plansync left it: the plan decides.
      result.changes.push(name);
      result.marker.hashes[name] = planHash;
    } else if (planHash === baseHash) {
      result.drift.push(name);
      result.marker.hashes[name] = baseHash;
    } else {
      result.conflicts.push(name);
      result.marker.hashes[name] = baseHash;
    }
  }
  return result;
}

function remoteField(
  remote: RemoteItem,
  name: FieldName,
  ownedLabels: ReadonlySet<string>,
): ItemFields[FieldName] | undefined {
  const value = remote.fields[name];
  // Labels people add by hand (`bug`, `needs-review`) are theirs: compare only plansync's.
  if (name === 'labels' && Array.isArray(value)) {
    return value.filter((label) => isOwnedLabel(label, ownedLabels));
  }
  return value;
}

/** Label names are compared without case, as trackers do. */
export function isOwnedLabel(label: string, owned: ReadonlySet<string>): boolean {
  if (owned.has(label)) return true;
  const lower = label.toLowerCase();
  for (const name of owned) if (name.toLowerCase() === lower) return true;
  return false;
}
