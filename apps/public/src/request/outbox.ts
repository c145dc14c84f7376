import type { TrainingRequestInput } from '@blk/domain';
import { deviceDel, deviceGet, deviceList, deviceSet } from '../lib/device-store';
import { announceDeviceChange, keepReceipt } from '../lib/my-requests';
import { PENDING_FLAG, REFUSED_FLAG } from '../lib/pending';
import type { Receipt } from '../lib/receipt';
import type { RequestDraft } from './draft';

/**
 * Requests sent without signal wait here, on the device (IndexedDB), and go out when the signal
 * returns. Every request, with signal or without, goes through this queue, so there is one way
 * to send and one place that decides what happens after a failure:
 * - each request keeps the idempotency key made for its draft, so a retry after a lost answer
 *   gets the first receipt back instead of a second request;
 * - the letter file is kept on the device with the request until it is sent, and uploaded
 *   first when it was never staged, or again when the server says the staged copy expired;
 * - requests go out oldest first; a round stops at the first sign of no signal or a busy server
 *   and the next round (signal back, app opened, every 30 seconds) takes it up again;
 * - what the server refuses for good (a validation issue) stays on the device, marked, until the
 *   requester fixes it in the form; nothing is dropped silently.
 */
export interface QueuedRequest {
  idempotencyKey: string;
  queuedAt: string;
  /** Checked with the shared schema when queued. */
  input: TrainingRequestInput;
  /** The staged letter (POST /uploads), or null: upload the kept file first. */
  letterUploadId: string | null;
  letterUploadedAt: string | null;
  letterFileName: string;
  /** Names for the receipt and the list. */
  organizationName: string;
  programLabel: string;
  regionLabel: string;
  /** The form as it was, to reopen it when the server refuses the request. */
  draft: RequestDraft;
  attempts: number;
  lastTriedAt: string | null;
  refused: { message: string; issues: { path: string; message: string }[] } | null;
}

/** A letter file kept on the device (a Blob in IndexedDB). */
export interface KeptLetter {
  blob: Blob;
  fileName: string;
  type: string;
}

export type UploadResult =
  | { ok: true; uploadId: string; uploadedAt: string }
  | { ok: false; kind: 'offline' | 'later' | 'refused'; message?: string };

export type SubmitResult =
  | {
      kind: 'sent';
      trackingCode: string;
      accessToken: string;
      submittedAt: string;
      firstDeadline: string | null;
    }
  /** No signal, or the connection dropped: try again later. */
  | { kind: 'offline' }
  /** The server is busy or failing (rate limit, 5xx): try again later. */
  | { kind: 'later' }
  /** The staged letter is gone: upload the kept file again. */
  | { kind: 'letterExpired' }
  /** The server will not accept it as it is. */
  | { kind: 'refused'; message: string; issues: { path: string; message: string }[] };

/** How the queue reaches the API (the request page's upload and mutation; fakes in tests). */
export interface Sender {
  upload(letter: KeptLetter): Promise<UploadResult>;
  submit(item: QueuedRequest, letterUploadId: string): Promise<SubmitResult>;
}

export type Fate = 'sent' | 'waiting' | 'refused';
export interface FlushReport {
  /** Receipts of the requests sent in this round, by idempotency key. */
  sent: Record<string, Receipt>;
  /** What became of each request looked at, by idempotency key. */
  fates: Record<string, Fate>;
}

const ITEM = 'outbox:';
const LETTER = 'letter:';
/** The letter of the draft being filled in. */
export const DRAFT_LETTER = `${LETTER}draft`;
export { PENDING_FLAG };

/** Keeps the page-wide flags in step with the queue: waiting and refused requests. */
function flagPending(items: readonly QueuedRequest[]): void {
  const set = (key: string, n: number) => {
    if (n > 0) localStorage.setItem(key, String(n));
    else localStorage.removeItem(key);
  };
  try {
    set(PENDING_FLAG, items.filter((i) => !i.refused).length);
    set(REFUSED_FLAG, items.filter((i) => i.refused).length);
  } catch {
    // Storage blocked: the queue is still read when the form opens.
  }
}

async function put(item: QueuedRequest): Promise<void> {
  await deviceSet(ITEM + item.idempotencyKey, item);
}

/** The requests on the device, oldest first (refused ones included). */
export async function queuedRequests(): Promise<QueuedRequest[]> {
  const all = await deviceList<QueuedRequest>(ITEM);
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Keeps the draft's letter file on the device until its request is sent. */
export async function keepDraftLetter(letter: KeptLetter): Promise<void> {
  await deviceSet(DRAFT_LETTER, letter);
}

export const draftLetter = () => deviceGet<KeptLetter>(DRAFT_LETTER);
export const dropDraftLetter = () => deviceDel(DRAFT_LETTER);

/**
 * Puts a request in the queue, with the draft's kept letter file. Queuing the same idempotency
 * key again replaces the entry (the same request, fixed), never adds a second one.
 */
export async function queueRequest(
  item: Omit<QueuedRequest, 'attempts' | 'lastTriedAt' | 'refused' | 'queuedAt'> & {
    queuedAt?: string;
  },
): Promise<QueuedRequest> {
  const letter = await draftLetter();
  if (letter) await deviceSet(LETTER + item.idempotencyKey, letter);
  else if (!item.letterUploadId) throw new Error('A queued request needs its letter');
  const queued: QueuedRequest = {
    ...item,
    queuedAt: item.queuedAt ?? new Date().toISOString(),
    attempts: 0,
    lastTriedAt: null,
    refused: null,
  };
  await put(queued);
  await dropDraftLetter();
  flagPending(await queuedRequests());
  announceDeviceChange();
  return queued;
}

/**
 * Takes a request out of the queue to fix it in the form: its letter file goes back to being
 * the draft's, and the entry is removed.
 */
export async function takeBack(idempotencyKey: string): Promise<QueuedRequest | null> {
  const item = await deviceGet<QueuedRequest>(ITEM + idempotencyKey);
  if (!item) return null;
  const letter = await deviceGet<KeptLetter>(LETTER + idempotencyKey);
  if (letter) await deviceSet(DRAFT_LETTER, letter);
  await deviceDel(LETTER + idempotencyKey);
  await deviceDel(ITEM + idempotencyKey);
  flagPending(await queuedRequests());
  announceDeviceChange();
  return item;
}

/** Sends one request; 'stop' ends the round (no signal or a busy server). */
async function sendOne(
  item: QueuedRequest,
  sender: Sender,
  now: () => number,
): Promise<{ fate: Fate; receipt?: Receipt; stop: boolean }> {
  let current: QueuedRequest = {
    ...item,
    attempts: item.attempts + 1,
    lastTriedAt: new Date(now()).toISOString(),
  };
  await put(current);
  // Two passes at most: the second after the server says the staged letter has expired.
  for (let pass = 0; pass < 2; pass++) {
    // A staged letter is used until the server says it is gone (24 hours), never replaced on
    // the device's clock: the server recognises a retry by its key only when the letter is the
    // same, so a request that did arrive (its answer lost) still gets its receipt back.
    if (!current.letterUploadId) {
      const letter = await deviceGet<KeptLetter>(LETTER + current.idempotencyKey);
      if (!letter) {
        current = {
          ...current,
          refused: { message: 'letter', issues: [{ path: 'letter', message: 'letter' }] },
        };
        await put(current);
        return { fate: 'refused', stop: false };
      }
      const uploaded = await sender.upload(letter);
      if (!uploaded.ok) {
        if (uploaded.kind === 'refused') {
          current = {
            ...current,
            refused: {
              message: uploaded.message ?? 'letter',
              issues: [{ path: 'letter', message: uploaded.message ?? 'letter' }],
            },
          };
          await put(current);
          return { fate: 'refused', stop: false };
        }
        return { fate: 'waiting', stop: true };
      }
      current = {
        ...current,
        letterUploadId: uploaded.uploadId,
        letterUploadedAt: uploaded.uploadedAt,
      };
      await put(current);
    }
    const result = await sender.submit(current, current.letterUploadId as string);
    switch (result.kind) {
      case 'sent': {
        const receipt: Receipt = {
          trackingCode: result.trackingCode,
          accessToken: result.accessToken,
          submittedAt: result.submittedAt,
          firstDeadline: result.firstDeadline,
          organizationName: current.organizationName,
          programLabel: current.programLabel,
          regionLabel: current.regionLabel,
        };
        // The receipt is kept before the request leaves the queue: a crash in between sends it
        // once more with the same key, and the server answers with the same receipt.
        await keepReceipt(receipt);
        await deviceDel(ITEM + current.idempotencyKey);
        await deviceDel(LETTER + current.idempotencyKey);
        return { fate: 'sent', receipt, stop: false };
      }
      case 'letterExpired':
        current = { ...current, letterUploadId: null, letterUploadedAt: null };
        await put(current);
        continue;
      case 'refused':
        current = { ...current, refused: { message: result.message, issues: result.issues } };
        await put(current);
        return { fate: 'refused', stop: false };
      default:
        return { fate: 'waiting', stop: true };
    }
  }
  return { fate: 'waiting', stop: true };
}

let running: Promise<FlushReport> | null = null;

/**
 * Sends what waits in the queue, oldest first. One round at a time in this tab, and one tab at
 * a time where the browser has Web Locks (two tabs would otherwise send the same request twice
 * at once; the idempotency key would still save the day, but the letter would go twice).
 */
export function flushQueue(sender: Sender, now: () => number = Date.now): Promise<FlushReport> {
  running ??= (async () => {
    const round = async (): Promise<FlushReport> => {
      const report: FlushReport = { sent: {}, fates: {} };
      for (const item of await queuedRequests()) {
        if (item.refused) {
          report.fates[item.idempotencyKey] = 'refused';
          continue;
        }
        const { fate, receipt, stop } = await sendOne(item, sender, now);
        report.fates[item.idempotencyKey] = fate;
        if (receipt) report.sent[item.idempotencyKey] = receipt;
        if (stop) break;
      }
      flagPending(await queuedRequests());
      announceDeviceChange();
      return report;
    };
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request('blk-outbox', round) : round();
  })().finally(() => {
    running = null;
  });
  return running;
}
