/**
 * Data Center joins a task to its epic through the Epic Link custom field, and an epic needs
 * an Epic Name; their ids differ from one instance to the next, so they are found by the
 * Jira Software field types they have (or, failing that, their names).
 */
import type { WireField } from './wire.js';

export interface EpicFields {
  epicLink: string;
  epicName: string;
}

const EPIC_LINK_TYPE = 'com.pyxis.greenhopper.jira:gh-epic-link';
const EPIC_NAME_TYPE = 'com.pyxis.greenhopper.jira:gh-epic-label';

export function findEpicFields(fields: WireField[]): EpicFields | null {
  const find = (type: string, name: string) =>
    fields.find((f) => f.schema?.custom === type)?.id ?? fields.find((f) => f.name === name)?.id;
  const epicLink = find(EPIC_LINK_TYPE, 'Epic Link');
  const epicName = find(EPIC_NAME_TYPE, 'Epic Name');
  return epicLink && epicName ? { epicLink, epicName } : null;
}
