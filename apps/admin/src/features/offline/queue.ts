import { clear, createStore, del, get, set, type UseStore, values } from 'idb-keyval';
import type { ClassChange, QueueItem } from './changes';

/** The IndexedDB database and object store of the queue (one per browser profile). */
export const QUEUE_DB = 'blk-admin-offline';
const QUEUE_STORE = 'changes';

/**
 * The device's queue of class changes, in IndexedDB through idb-keyval: it outlives reloads,
 * closing the browser and restarting the tablet. Items are keyed by their client id and read back
 * in the order they were made. The page and the service worker (Background Sync) share it.
 */
export interface ChangeQueue {
  add(input: {
    scheduleId: string;
    userId: string;
    lang: 'id' | 'en';
    change: ClassChange;
    id?: string;
  }): Promise<QueueItem>;
  /** Every item, oldest first. */
  all(): Promise<QueueItem[]>;
  get(id: string): Promise<QueueItem | undefined>;
  put(item: QueueItem): Promise<void>;
  remove(id: string): Promise<void>;
  /** Forgets everything (signing out of the device). */
  clear(): Promise<void>;
}

let lastSeq = 0;

/** Strictly increasing within this page, and ordered by time across pages and restarts. */
function nextSeq(): number {
  lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
  return lastSeq;
}

export function openQueue(store: UseStore = createStore(QUEUE_DB, QUEUE_STORE)): ChangeQueue {
  return {
    async add({ scheduleId, userId, lang, change, id = crypto.randomUUID() }) {
      const item: QueueItem = {
        id,
        seq: nextSeq(),
        createdAt: new Date().toISOString(),
        scheduleId,
        userId,
        lang,
        change,
        state: 'pending',
        attempts: 0,
      };
      await set(id, item, store);
      return item;
    },
    async all() {
      const items = await values<QueueItem>(store);
      return items.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));
    },
    get: (id) => get<QueueItem>(id, store),
    put: (item) => set(item.id, item, store),
    remove: (id) => del(id, store),
    clear: () => clear(store),
  };
}
