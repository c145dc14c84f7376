import type { RequestField } from './draft';

/** Which schema fields each form step asks for (steps 4 and 5 are the letter and the review). */
export const STEP_FIELDS: readonly (readonly RequestField[])[] = [
  ['requesterType', 'organizationName', 'contactName', 'contactPhone', 'contactEmail'],
  ['regionCode', 'address', 'venueDetails'],
  ['programId', 'needDescription', 'participantsExpected', 'participantProfile'],
  ['preferredStart', 'preferredEnd', 'note'],
  [],
  ['privacyConsent'],
];

/** The step holding a field (server issues are sent back there); the review for anything else. */
export function stepOfField(path: string): number {
  const field = path.split('.')[0] ?? '';
  const index = STEP_FIELDS.findIndex((fields) => (fields as readonly string[]).includes(field));
  return index === -1 ? STEP_FIELDS.length - 1 : index;
}

/**
 * The form's strings as the schema's input: blank means absent; the count stays text, which the
 * shared schema reads the Indonesian way (decimalInput: "16", "1.000", "16,5" refused as not whole).
 */
export function toInput(values: Record<RequestField, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === '') continue;
    if (field === 'privacyConsent') input[field] = value === 'true';
    else input[field] = value;
  }
  return input;
}
