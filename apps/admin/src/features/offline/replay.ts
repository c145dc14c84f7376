import { type QueueItem, readAnswer, requestOf, type SendResult } from './changes';
import type { ChangeQueue } from './queue';

/** Sends one item to the server and says what became of it. */
export type Sender = (item: QueueItem) => Promise<SendResult>;

export interface ReplaySummary {
  saved: number;
  refused: number;
  overridden: number;
  /** Why the replay stopped before the end, if it did. */
  stopped: 'offline' | 'signed-out' | 'revoked' | null;
}

/**
 * Sends the waiting items in the order they were made, one at a time:
 * - saved: removed from the queue (kept as `overridden` when a later mark won, to be read);
 * - refused: kept as `refused` with the server's reason, for the user to fix or discard; the
 *   items after it still go (a refusal of one participant's score does not hold back a day's
 *   attendance);
 * - no signal, or the session ended: stops, everything from there on stays pending;
 * - the device was revoked (DEVICE_SESSION_REVOKED): stops, and this item and every later one
 *   of the account is held as refused with that reason, so none goes out by itself once someone
 *   signs in again: the owner sees each one and sends it again or discards it.
 * Items made under another account wait until that account signs in again on the device.
 * Sending an item twice (a replay that lost its answer, the page and the service worker at once)
 * is harmless: the server answers a known client id with its first result.
 */
export async function replay(
  queue: ChangeQueue,
  send: Sender,
  options: { userId?: string | null } = {},
): Promise<ReplaySummary> {
  const summary: ReplaySummary = { saved: 0, refused: 0, overridden: 0, stopped: null };
  const items = await queue.all();
  for (const [index, item] of items.entries()) {
    if (item.state !== 'pending') continue;
    if (options.userId && item.userId !== options.userId) continue;
    const result = await send(item);
    if (result.kind === 'revoked') {
      const held = items
        .slice(index)
        .filter((i) => i.state === 'pending' && i.userId === item.userId);
      for (const i of held) await queue.put({ ...i, state: 'refused', refusal: result.refusal });
      summary.refused += held.length;
      summary.stopped = 'revoked';
      break;
    }
    if (result.kind === 'offline') {
      await queue.put({ ...item, attempts: item.attempts + 1 });
      summary.stopped = 'offline';
      break;
    }
    if (result.kind === 'signed-out') {
      summary.stopped = 'signed-out';
      break;
    }
    if (result.kind === 'refused') {
      await queue.put({ ...item, state: 'refused', refusal: result.refusal });
      summary.refused++;
    } else if (result.overridden.length) {
      await queue.put({ ...item, state: 'overridden', overridden: result.overridden });
      summary.saved++;
      summary.overridden++;
    } else {
      await queue.remove(item.id);
      summary.saved++;
    }
  }
  return summary;
}

/** The name of the Web Lock (and Background Sync tag) one replay at a time holds. */
export const REPLAY_LOCK = 'blk-admin-class-queue';

let localChain: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` as the only replay on the device: a Web Lock shared by every tab and the service
 * worker where the browser has them, else one at a time in this page.
 */
export function exclusively<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks) return locks.request(REPLAY_LOCK, fn) as Promise<T>;
  const run = localChain.then(fn, fn);
  localChain = run.catch(() => undefined);
  return run;
}

/**
 * Sends an item as a same-origin POST to /graphql with the session cookie. No answer (a network
 * error, a proxy's 5xx, a page instead of JSON) counts as no signal: the item waits.
 */
export function fetchSender(fetchImpl: typeof fetch = fetch, url = '/graphql'): Sender {
  return async (item) => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'accept-language': item.lang },
        body: JSON.stringify(requestOf(item)),
      });
    } catch {
      return { kind: 'offline' };
    }
    if (response.status >= 500 || response.status === 408) return { kind: 'offline' };
    let body: Parameters<typeof readAnswer>[1];
    try {
      body = await response.json();
    } catch {
      return { kind: 'offline' };
    }
    return readAnswer(item, body);
  };
}
