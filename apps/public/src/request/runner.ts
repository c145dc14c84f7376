import type { Client } from 'urql';
import { OUTBOX_SENT } from '../lib/pending';
import { flushQueue } from './outbox';
import { createSender } from './sender';

/**
 * Sends the queued requests from any page (the app shell calls it when the signal returns, when
 * the app is opened or shown again, and every 30 seconds while something waits), and tells open
 * pages the codes it got.
 */
export async function flushInBackground(client: Client) {
  const report = await flushQueue(createSender(client));
  const codes = Object.values(report.sent).map((r) => r.trackingCode);
  if (codes.length > 0) window.dispatchEvent(new CustomEvent(OUTBOX_SENT, { detail: codes }));
  return report;
}
