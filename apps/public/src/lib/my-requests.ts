import { deviceDel, deviceList, deviceSet } from './device-store';
import { DEVICE_CHANGED } from './pending';
import type { Receipt } from './receipt';

/**
 * "Permohonan saya": every receipt this phone got, kept on the device (IndexedDB) so the
 * requester opens the tracking page without typing the token. Only this device holds them; the
 * requester can remove one at any time.
 */
const PREFIX = 'receipt:';

/** Tells open pages (the list, the header's badge) that the device store changed. */
export function announceDeviceChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(DEVICE_CHANGED));
}

export async function keepReceipt(receipt: Receipt): Promise<void> {
  await deviceSet(PREFIX + receipt.trackingCode, receipt);
  announceDeviceChange();
}

/** The receipts kept on this device, newest first. */
export async function listReceipts(): Promise<Receipt[]> {
  const all = await deviceList<Receipt>(PREFIX);
  return all
    .filter((r) => typeof r?.trackingCode === 'string' && typeof r.accessToken === 'string')
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

export async function forgetReceipt(trackingCode: string): Promise<void> {
  await deviceDel(PREFIX + trackingCode);
  announceDeviceChange();
}
