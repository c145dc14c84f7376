import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

/**
 * The phone's own durable store (IndexedDB through idb-keyval): requests waiting for a signal,
 * the letter file kept until its request is sent, and the receipts under "Permohonan saya".
 * IndexedDB survives a reload, a closed browser and a restarted phone, and holds files (Blobs),
 * which localStorage cannot. Keys are prefixed by kind in one object store.
 */
let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('blk-public', 'device');
  return store;
}

/** Tests start from an empty database (fake-indexeddb is reset between them). */
export function resetDeviceStoreForTests(): void {
  store = null;
}

export const deviceGet = <T>(key: string) => get<T>(key, db());
export const deviceSet = (key: string, value: unknown) => set(key, value, db());
export const deviceDel = (key: string) => del(key, db());

/** Every value whose key starts with `prefix`. */
export async function deviceList<T>(prefix: string): Promise<T[]> {
  const all = await entries<IDBValidKey, T>(db());
  return all.filter(([k]) => typeof k === 'string' && k.startsWith(prefix)).map(([, v]) => v);
}
