import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, isAttachmentFile } from '@blk/domain';
import type { LetterUpload } from './draft';

/** What the API accepts for the letter (it checks the bytes again) and how large. */
export const LETTER_ACCEPT = ATTACHMENT_ACCEPT;
export const LETTER_MAX_BYTES = ATTACHMENT_MAX_BYTES;
/** Staged uploads live 24 hours on the server; ask again a little before that. */
const UPLOAD_LIFETIME_MS = 23 * 60 * 60 * 1000;

/**
 * An upload on a weak link is judged by its progress, not by one fixed deadline (the old 120 s
 * failed a 3 MB photo at 100 kbps): it gives up when no byte has moved for STALL_MS, or when it
 * takes longer than a floor plus the time the file needs at a very slow 2 KB/s.
 */
export const STALL_MS = 45_000;
export function uploadDeadlineMs(bytes: number): number {
  return 60_000 + Math.ceil(bytes / 2_048) * 1_000;
}

export type LetterProblem = 'type' | 'size';

function isImage(file: { type: string; name: string }): boolean {
  return (
    /^image\/(jpeg|png)$/.test(file.type) || (file.type === '' && /\.(jpe?g|png)$/i.test(file.name))
  );
}

/**
 * Checks a chosen file on the device, before any byte is sent over a weak connection. A photo
 * may be larger than the limit: it is made smaller on the device first (./compress.ts), and
 * checked again after that.
 */
export function checkLetter(file: File, { beforeCompression = false } = {}): LetterProblem | null {
  if (!isAttachmentFile(file)) return 'type';
  if (file.size > LETTER_MAX_BYTES && !(beforeCompression && isImage(file))) return 'size';
  return null;
}

/** True for a photo that is worth making smaller before it goes over the air. */
export function shouldCompress(file: File): boolean {
  return isImage(file);
}

export function letterExpired(letter: LetterUpload, now = Date.now()): boolean {
  return now - Date.parse(letter.uploadedAt) > UPLOAD_LIFETIME_MS;
}

export type UploadOutcome =
  | { ok: true; letter: LetterUpload }
  | { ok: false; kind: 'network' | 'rateLimited' | 'type' | 'size' | 'server' | 'aborted' };

export interface UploadOptions {
  /** Bytes sent so far and in all, as the browser reports them. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Stages a file with `POST /uploads` (multipart field `file`) through XMLHttpRequest, whose
 * upload events give the progress bar (fetch has none for request bodies).
 */
export function uploadLetter(
  file: Blob,
  fileName: string = file instanceof File ? file.name : 'surat',
  options: UploadOptions = {},
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const body = new FormData();
    body.append('file', file, fileName);
    let settled = false;
    let stall: ReturnType<typeof setTimeout> | undefined;
    const done = (outcome: UploadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const giveUp = () => {
      xhr.abort();
      done({ ok: false, kind: 'network' });
    };
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(giveUp, STALL_MS);
    };
    const deadline = setTimeout(giveUp, uploadDeadlineMs(file.size));
    const onAbort = () => {
      xhr.abort();
      done({ ok: false, kind: 'aborted' });
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.upload.onprogress = (e) => {
      watch();
      options.onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    };
    // The body is sent; the server now reads it and answers (a stall here is the server's).
    xhr.upload.onload = () => watch();
    xhr.onerror = () => done({ ok: false, kind: 'network' });
    xhr.ontimeout = () => done({ ok: false, kind: 'network' });
    xhr.onload = () => {
      const status = xhr.status;
      let json: {
        uploadId?: string;
        fileName?: string;
        sizeBytes?: number;
        error?: { code?: string };
      } = {};
      try {
        json = JSON.parse(xhr.responseText) as typeof json;
      } catch {
        // Not JSON (a proxy's page): judged by the status below.
      }
      if (status === 201 && typeof json.uploadId === 'string') {
        done({
          ok: true,
          letter: {
            uploadId: json.uploadId,
            fileName: json.fileName ?? fileName,
            sizeBytes: json.sizeBytes ?? file.size,
            uploadedAt: new Date().toISOString(),
          },
        });
        return;
      }
      const code = json.error?.code;
      if (status === 429) done({ ok: false, kind: 'rateLimited' });
      else if (status === 413 || code === 'PAYLOAD_TOO_LARGE') done({ ok: false, kind: 'size' });
      else if (status === 415 || code === 'UNSUPPORTED_FILE_TYPE')
        done({ ok: false, kind: 'type' });
      else if (status === 0) done({ ok: false, kind: 'network' });
      else done({ ok: false, kind: 'server' });
    };
    xhr.open('POST', '/uploads');
    watch();
    xhr.send(body);
  });
}

/** Waits `ms`, or less when the signal comes back (an 'online' event). */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(finish, ms);
    function finish() {
      clearTimeout(t);
      window.removeEventListener('online', finish);
      resolve();
    }
    window.addEventListener('online', finish);
  });
}

/**
 * {@link uploadLetter}, tried again after a dropped connection or a busy server (3 tries, with a
 * pause between), so a blip on a weak link does not send the requester back to choosing the
 * file. The file itself is kept on the device meanwhile, so a later retry starts from it, never
 * from the camera.
 */
export async function uploadWithRetry(
  file: Blob,
  fileName: string,
  options: UploadOptions & { tries?: number; pausesMs?: readonly number[] } = {},
): Promise<UploadOutcome> {
  const tries = options.tries ?? 3;
  const pauses = options.pausesMs ?? [2_000, 6_000];
  let outcome: UploadOutcome = { ok: false, kind: 'network' };
  for (let i = 0; i < tries; i++) {
    if (i > 0) {
      if (!navigator.onLine) return outcome;
      await pause(pauses[i - 1] ?? 6_000);
      if (options.signal?.aborted) return { ok: false, kind: 'aborted' };
    }
    outcome = await uploadLetter(file, fileName, options);
    if (outcome.ok || (outcome.kind !== 'network' && outcome.kind !== 'server')) return outcome;
  }
  return outcome;
}
