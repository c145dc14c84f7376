/**
 * What every page needs to know about the device's queue, without loading it: how many requests
 * wait for a signal (a flag the queue keeps in localStorage) and the events it sends.
 */
export const PENDING_FLAG = 'blk.outbox-pending';
/** How many the server refused, which wait for the requester to fix them. */
export const REFUSED_FLAG = 'blk.outbox-refused';
/** The device store changed (a request queued or sent, a receipt kept or removed). */
export const DEVICE_CHANGED = 'blk:device-changed';
/** Requests left the queue; `detail` lists their tracking codes. */
export const OUTBOX_SENT = 'blk:outbox-sent';

function count(key: string): number {
  try {
    return Number(localStorage.getItem(key) ?? 0) || 0;
  } catch {
    return 0;
  }
}

export const pendingCount = () => count(PENDING_FLAG);
export const refusedCount = () => count(REFUSED_FLAG);
