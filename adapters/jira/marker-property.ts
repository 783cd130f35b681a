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
  /** Digest of the body part as written, to tell whether a person changed it since. */
  sum: string;
  /** The markdown body as pushed; left out when too large for a property. */
  text?: string;
}

/** Jira caps a property value at 32 KB; the marker and sizes need far less than the rest. */
const MAX_TEXT = 24_000;

export function withText(value: Omit<MarkerProperty, 'text'>, text: string): MarkerProperty {
  return Buffer.byteLength(text) <= MAX_TEXT ? { ...value, text } : value;
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
    sum: typeof value.sum === 'string' ? value.sum : '',
    ...(typeof value.text === 'string' ? { text: value.text } : {}),
  };
}

export function markerProperty(value: MarkerProperty): { key: string; value: MarkerProperty } {
  return { key: PROPERTY_KEY, value };
}
