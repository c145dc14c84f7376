import type { Client, TypedDocumentNode } from 'urql';

/**
 * Makes the form usable without signal: while there is signal, it asks once a day for every list
 * the form offers (the programs, the kabupaten, each one's kecamatan and each kecamatan's
 * desa: about 55 small answers for Bangka Belitung), one after another, so the service worker
 * keeps them (sw/graphql-cache.ts). Runs only under a service worker, since nothing else keeps
 * the answers past this visit, and stops at the first failure.
 */
const WARM_KEY = 'blk.form-offline-ready';
const DAY_MS = 24 * 60 * 60 * 1000;

export function formWarmedRecently(now = Date.now()): boolean {
  try {
    return now - Number(localStorage.getItem(WARM_KEY) ?? 0) < DAY_MS;
  } catch {
    return false;
  }
}

/** Resolves once a service worker controls this page, or with false after `ms`. */
async function controlled(ms: number): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  if (navigator.serviceWorker.controller) return true;
  return new Promise((resolve) => {
    const done = (v: boolean) => {
      clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('controllerchange', onChange);
      resolve(v);
    };
    const onChange = () => done(true);
    const timer = setTimeout(() => done(Boolean(navigator.serviceWorker.controller)), ms);
    navigator.serviceWorker.addEventListener('controllerchange', onChange);
  });
}

type Regions = { regions: readonly { code: string }[] };

export async function warmFormLists(
  client: Client,
  regionsQuery: TypedDocumentNode<Regions, { parentCode?: string | null }>,
  programsQuery: TypedDocumentNode<unknown, Record<string, never>>,
  signal: AbortSignal,
): Promise<boolean> {
  if (!(await controlled(30_000)) || signal.aborted) return false;
  const ask = async <D, V extends object>(query: TypedDocumentNode<D, V>, variables: V) => {
    if (signal.aborted || !navigator.onLine) throw new Error('stopped');
    const result = await client
      .query(query, variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw new Error('failed');
    return result.data;
  };
  try {
    await ask(programsQuery, {});
    const kabupaten = await ask(regionsQuery, { parentCode: null });
    for (const kab of kabupaten.regions) {
      const kecamatan = await ask(regionsQuery, { parentCode: kab.code });
      for (const kec of kecamatan.regions) await ask(regionsQuery, { parentCode: kec.code });
    }
  } catch {
    return false;
  }
  try {
    localStorage.setItem(WARM_KEY, String(Date.now()));
  } catch {
    // Asked again next time.
  }
  return true;
}
