import type { TrainingRequestInput } from '@blk/domain';

/** The request's fields, as the shared schema names them. */
export type RequestField = keyof TrainingRequestInput;

// Listed here rather than read from the schema so the form's first load needs no zod; the two
// checks below fail to compile when the schema gains or loses a field.
export const REQUEST_FIELDS = [
  'requesterType',
  'organizationName',
  'contactName',
  'contactPhone',
  'contactEmail',
  'regionCode',
  'address',
  'venueDetails',
  'programId',
  'needDescription',
  'participantsExpected',
  'participantProfile',
  'preferredStart',
  'preferredEnd',
  'note',
  'privacyConsent',
] as const satisfies readonly RequestField[];
type Unlisted = Exclude<RequestField, (typeof REQUEST_FIELDS)[number]>;
const allListed: [Unlisted] extends [never] ? true : false = true;
void allListed;

/** The staged upload of the request letter (POST /uploads), valid on the server for 24 hours. */
export interface LetterUpload {
  uploadId: string;
  fileName: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** Everything typed into the request form; kept on the device until the request is sent. */
export interface RequestDraft {
  values: Record<RequestField, string>;
  /** The picker's upper levels; the desa/kelurahan itself is `values.regionCode`. */
  kabupaten: string;
  kecamatan: string;
  /** Names shown on the review step and the receipt. */
  regionLabel: string;
  programLabel: string;
  letter: LetterUpload | null;
  /**
   * The letter file kept on this device (IndexedDB, see ./outbox.ts) until the request is sent:
   * chosen without signal, or kept to upload again should the staged copy expire.
   */
  localLetter: { fileName: string; sizeBytes: number } | null;
  step: number;
  /** Made once per draft on the first send and reused on every retry, so the API records it once. */
  idempotencyKey: string | null;
}

export const DRAFT_KEY = 'blk.request-draft';

export function emptyDraft(): RequestDraft {
  return {
    values: Object.fromEntries(REQUEST_FIELDS.map((f) => [f, ''])) as Record<RequestField, string>,
    kabupaten: '',
    kecamatan: '',
    regionLabel: '',
    programLabel: '',
    letter: null,
    localLetter: null,
    step: 0,
    idempotencyKey: null,
  };
}

/** The draft saved on this device, or null. A damaged entry is dropped rather than trusted. */
export function loadDraft(): RequestDraft | null {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<RequestDraft>;
    const base = emptyDraft();
    const values = { ...base.values };
    for (const field of REQUEST_FIELDS) {
      const v = saved.values?.[field];
      if (typeof v === 'string') values[field] = v;
    }
    return {
      values,
      kabupaten: typeof saved.kabupaten === 'string' ? saved.kabupaten : '',
      kecamatan: typeof saved.kecamatan === 'string' ? saved.kecamatan : '',
      regionLabel: typeof saved.regionLabel === 'string' ? saved.regionLabel : '',
      programLabel: typeof saved.programLabel === 'string' ? saved.programLabel : '',
      letter: saved.letter && typeof saved.letter.uploadId === 'string' ? saved.letter : null,
      localLetter:
        saved.localLetter && typeof saved.localLetter.fileName === 'string'
          ? saved.localLetter
          : null,
      step: typeof saved.step === 'number' ? Math.max(0, Math.min(saved.step, 5)) : 0,
      idempotencyKey: typeof saved.idempotencyKey === 'string' ? saved.idempotencyKey : null,
    };
  } catch {
    return null;
  }
}

export function saveDraft(draft: RequestDraft): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still works for this visit.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}

/** A random UUID v4, also where `crypto.randomUUID` is missing (older WebViews, plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
