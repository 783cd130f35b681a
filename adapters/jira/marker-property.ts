/**
 * The marker lives in an issue property, set inside the create request itself (never a second
 * write) and returned by search and bulk fetch when asked for. Jira keeps properties out of
 * people's way: they cannot be edited in the issue view, so a marker cannot be typed in or
 * damaged there. The property also records how much of the description plansync wrote.
 */
export const PROPERTY_KEY = 'plansync';

export interface MarkerProperty {
  /** The encoded marker text. */
  marker: string;
  /** How much of the description leads with plansync's body: ADF blocks, or wiki characters. */
  body: number;
  /** …and with the whole owned region (body and source line). */
  region: number;
}

export function readMarkerProperty(
  properties: Record<string, unknown> | undefined,
): MarkerProperty | null {
  const value = properties?.[PROPERTY_KEY] as Partial<MarkerProperty> | undefined;
  if (!value || typeof value.marker !== 'string') return null;
  return {
    marker: value.marker,
    body: typeof value.body === 'number' ? value.body : 0,
    region: typeof value.region === 'number' ? value.region : 0,
  };
}

export function markerProperty(value: MarkerProperty): { key: string; value: MarkerProperty } {
  return { key: PROPERTY_KEY, value };
}
