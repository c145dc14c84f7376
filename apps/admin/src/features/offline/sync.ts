import { errorMessage } from '@blk/domain';
import { useSyncExternalStore } from 'react';
import { appHref } from '../../lib/base-path';
import { clearOfflineCache } from '../../lib/client';
import type { ClassChange, QueueItem } from './changes';
import { type ChangeQueue, openQueue } from './queue';
import { exclusively, fetchSender, REPLAY_LOCK, type ReplaySummary, replay } from './replay';

/**
 * The page's side of the offline queue: one queue per device, a snapshot the screens subscribe
 * to, and the triggers that replay it (right after a change, the `online` event, a return to the
 * tab, every 30 s while something waits, and Background Sync in the service worker where the
 * browser has it). Tabs and the service worker tell each other through a BroadcastChannel.
 */

export interface QueueState {
  items: readonly QueueItem[];
  /** A replay is running. */
  syncing: boolean;
  /** Why the last replay stopped early: no signal, or the session ended. */
  stopped: ReplaySummary['stopped'];
  /** The browser's own guess (navigator.onLine). */
  online: boolean;
  /** The items were read from the device at least once (until then, screens wait). */
  loaded: boolean;
}

let queue: ChangeQueue | null = null;
let state: QueueState = { items: [], syncing: false, stopped: null, online: true, loaded: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
let userId: string | null = null;
let channel: BroadcastChannel | null = null;
let started = false;

function q(): ChangeQueue {
  queue ??= openQueue();
  return queue;
}

function setState(patch: Partial<QueueState>) {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

async function refresh(): Promise<void> {
  try {
    setState({ items: await q().all(), loaded: true });
  } catch {
    // No IndexedDB (a private window in some browsers): nothing waits, and changes go online only.
    setState({ loaded: true });
  }
}

function announce() {
  channel?.postMessage('changed');
}

/** Asks the service worker to replay when the signal returns, even with the tab closed. */
async function requestBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.ready;
    const sync = (
      registration as ServiceWorkerRegistration & {
        sync?: { register(tag: string): Promise<void> };
      }
    )?.sync;
    await sync?.register(REPLAY_LOCK);
  } catch {
    // No Background Sync (Firefox, Safari) or no service worker: the page replays on `online`.
  }
}

/**
 * The admin signed this device out (DEVICE_SESSION_REVOKED): every change still waiting is held
 * as refused with that reason, so none is sent by itself when someone signs in again, and the
 * owner sees each one; what was read (participants' data) leaves the device; the sign-in page
 * then says what happened and what to do.
 */
export async function deviceSignedOut(lang: 'id' | 'en'): Promise<number> {
  const refusal = {
    code: 'DEVICE_SESSION_REVOKED',
    message: errorMessage('DEVICE_SESSION_REVOKED', lang),
  };
  let held = 0;
  try {
    for (const item of await q().all()) {
      if (item.state !== 'pending') continue;
      await q().put({ ...item, state: 'refused', refusal });
      held++;
    }
  } catch {
    // No IndexedDB: nothing was queued.
  }
  await clearOfflineCache();
  await refresh();
  announce();
  return held;
}

/** Sends what waits, in order; returns what happened. */
export async function syncNow(): Promise<ReplaySummary | null> {
  if (!userId) return null;
  setState({ syncing: true });
  let summary: ReplaySummary | null = null;
  try {
    summary = await exclusively(() => replay(q(), fetchSender(), { userId: userId ?? undefined }));
    setState({ stopped: summary.stopped });
    if (summary.saved || summary.refused) announce();
    return summary;
  } finally {
    await refresh();
    setState({ syncing: false, online: navigator.onLine });
    if (summary?.stopped === 'revoked') {
      // A full load of the sign-in page: nothing read under the revoked session stays in memory.
      await deviceSignedOut(document.documentElement.lang === 'en' ? 'en' : 'id');
      window.location.assign(appHref('/login'));
    }
  }
}

/** What became of a change right after it was made. */
export type SubmitOutcome =
  | { kind: 'saved'; item: QueueItem }
  | { kind: 'queued'; item: QueueItem; stopped: ReplaySummary['stopped'] }
  | { kind: 'refused'; item: QueueItem }
  | { kind: 'overridden'; item: QueueItem };

/**
 * Every class change goes through the queue, online or not: it is stored on the device first
 * (nothing is lost if the page dies mid-send), then sent at once when there is signal.
 */
export async function submitChange(input: {
  scheduleId: string;
  lang: 'id' | 'en';
  change: ClassChange;
}): Promise<SubmitOutcome> {
  if (!userId) throw new Error('offline queue used before sign-in');
  const item = await q().add({ ...input, userId });
  await refresh();
  announce();
  void requestBackgroundSync();
  const summary = await syncNow();
  const after = await q().get(item.id);
  if (!after) return { kind: 'saved', item };
  if (after.state === 'refused') return { kind: 'refused', item: after };
  if (after.state === 'overridden') return { kind: 'overridden', item: after };
  return { kind: 'queued', item: after, stopped: summary?.stopped ?? 'offline' };
}

/** Sends a refused item again, changed (fixed) or as it was, under a new client id. */
export async function resend(item: QueueItem, change: ClassChange = item.change): Promise<void> {
  await q().remove(item.id);
  await q().add({ scheduleId: item.scheduleId, userId: item.userId, lang: item.lang, change });
  await refresh();
  announce();
  await syncNow();
}

/** Drops an item the user chose not to send (a refused one) or has read (an overridden one). */
export async function dismiss(id: string): Promise<void> {
  await q().remove(id);
  await refresh();
  announce();
}

/** Forgets every change on the device (signing out for good). */
export async function clearQueue(): Promise<void> {
  await q().clear();
  await refresh();
}

/**
 * Starts the triggers for the signed-in account (once per page). Items of another account stay
 * on the device until that account signs in again.
 */
export function startSync(account: string): void {
  userId = account;
  if (started) {
    void syncNow();
    return;
  }
  started = true;
  const again = () => void syncNow();
  window.addEventListener('online', again);
  window.addEventListener('offline', () => setState({ online: false }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') again();
  });
  window.setInterval(() => {
    if (state.items.some((i) => i.state === 'pending')) again();
  }, 30_000);
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(REPLAY_LOCK);
    channel.onmessage = () => void refresh();
  }
  setState({ online: navigator.onLine });
  again();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!state.loaded && !loading) loading = refresh();
  return () => listeners.delete(listener);
}

/** The queue as the screens show it, optionally only one class's items. */
export function useQueueState(): QueueState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Pending, refused and overridden items of one class, oldest first. */
export function classItems(items: readonly QueueItem[], scheduleId: string) {
  const mine = items.filter((i) => i.scheduleId === scheduleId);
  return {
    all: mine,
    pending: mine.filter((i) => i.state === 'pending'),
    refused: mine.filter((i) => i.state === 'refused'),
    overridden: mine.filter((i) => i.state === 'overridden'),
  };
}
