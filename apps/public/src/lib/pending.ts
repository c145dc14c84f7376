/**
 * What every page needs to know about the device's queue, without loading it: how many requests
 * wait for a signal (a flag the queue keeps in localStorage) and the events it sends.
 */
export const PENDING_FLAG = 'blk.outbox-pending';
/** The device store changed (a request queued or sent, a receipt kept or removed). */
export const DEVICE_CHANGED = 'blk:device-changed';
/** Requests left the queue; `detail` lists their tracking codes. */
export const OUTBOX_SENT = 'blk:outbox-sent';

export function pendingCount(): number {
  try {
    return Number(localStorage.getItem(PENDING_FLAG) ?? 0) || 0;
  } catch {
    return 0;
  }
}
