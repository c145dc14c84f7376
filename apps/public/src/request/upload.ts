import { fetchWithTimeout } from '../lib/client';
import type { LetterUpload } from './draft';

/** What the API accepts for the letter (it checks the bytes again) and how large. */
export const LETTER_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const LETTER_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const LETTER_MAX_BYTES = 5 * 1024 * 1024;
/** Staged uploads live 24 hours on the server; ask again a little before that. */
const UPLOAD_LIFETIME_MS = 23 * 60 * 60 * 1000;
const UPLOAD_TIMEOUT_MS = 120_000;

export type LetterProblem = 'type' | 'size';

/** Checks a chosen file on the device, before any byte is sent over a weak connection. */
export function checkLetter(file: File): LetterProblem | null {
  const byType = (LETTER_TYPES as readonly string[]).includes(file.type);
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (!byType && !(file.type === '' && byName)) return 'type';
  if (file.size > LETTER_MAX_BYTES) return 'size';
  return null;
}

export function letterExpired(letter: LetterUpload, now = Date.now()): boolean {
  return now - Date.parse(letter.uploadedAt) > UPLOAD_LIFETIME_MS;
}

export type UploadOutcome =
  | { ok: true; letter: LetterUpload }
  | { ok: false; kind: 'network' | 'rateLimited' | 'type' | 'size' | 'server' };

/** Stages the letter with `POST /uploads` (multipart field `file`). */
export async function uploadLetter(file: File): Promise<UploadOutcome> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetchWithTimeout(UPLOAD_TIMEOUT_MS)('/uploads', { method: 'POST', body });
  } catch {
    return { ok: false, kind: 'network' };
  }
  if (response.status === 201) {
    const json = (await response.json()) as {
      uploadId: string;
      fileName: string;
      sizeBytes: number;
    };
    return {
      ok: true,
      letter: {
        uploadId: json.uploadId,
        fileName: json.fileName,
        sizeBytes: json.sizeBytes,
        uploadedAt: new Date().toISOString(),
      },
    };
  }
  if (response.status === 429) return { ok: false, kind: 'rateLimited' };
  if (response.status === 413) return { ok: false, kind: 'size' };
  if (response.status === 415) return { ok: false, kind: 'type' };
  const code = await response
    .json()
    .then((j: { error?: { code?: string } }) => j.error?.code)
    .catch(() => undefined);
  if (code === 'UNSUPPORTED_FILE_TYPE') return { ok: false, kind: 'type' };
  if (code === 'PAYLOAD_TOO_LARGE') return { ok: false, kind: 'size' };
  return { ok: false, kind: 'server' };
}
