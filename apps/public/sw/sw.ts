/**
 * The public app's service worker (vite-plugin-pwa, injectManifest): the app shell and every page
 * precached by Workbox, any path of the app answered from the precache offline, and the public
 * reference data read through GraphQL kept for offline reading (./graphql-cache.ts). Requests
 * to the API (uploads, documents, mutations) are never answered from a cache.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { prerenderedFile, SHELL_FILE } from '../src/prerendered';
import {
  cacheableOperation,
  cacheKeyUrl,
  GRAPHQL_CACHE,
  MAX_ENTRIES,
  NETWORK_TIMEOUT_MS,
} from './graphql-cache';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/**
 * A page from the precache: the one built for its path (`/` index.html, `/program` program.html,
 * src/prerendered.ts), else the frame every other path starts from.
 */
async function page(url: URL, request: Request): Promise<Response> {
  return (
    (await matchPrecache(prerenderedFile(url.pathname))) ??
    (await matchPrecache(SHELL_FILE)) ??
    (await fetch(request))
  );
}

// Deep links (/lacak?kode=…, /permohonan-saya) open offline too; API paths are not pages, and
// neither is the admin app, which the API serves on the same origin under /admin (docs/deploy.md).
registerRoute(
  new NavigationRoute(({ url, request }) => page(url, request), {
    denylist: [
      /^\/(graphql|uploads|documents|healthz|readyz|metrics|graphiql|attachments|exports)/,
      /^\/admin(\/|$)/,
    ],
  }),
);

/** Network first; after a network failure or NETWORK_TIMEOUT_MS, the kept answer if there is one. */
async function graphqlRead(request: Request): Promise<Response> {
  const body = await request.clone().text();
  const operation = cacheableOperation(body);
  if (!operation) return fetch(request);
  const lang = request.headers.get('accept-language') ?? '';
  const key = await cacheKeyUrl(self.location.origin, operation, lang, body);
  const cache = await caches.open(GRAPHQL_CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      // A rewritten entry moves to the end, so the front holds the least recently fetched.
      await cache.put(key, response.clone());
      const keys = await cache.keys();
      for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES)))
        await cache.delete(old);
    }
    return response;
  });
  const kept = await cache.match(key);
  if (!kept) return network;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), NETWORK_TIMEOUT_MS);
  });
  const fresh = await Promise.race([network.catch(() => null), timeout]);
  clearTimeout(timer);
  if (fresh && fresh.status < 500) return fresh;
  // Weak or no signal: the copy kept from the last visit (the fresh one still fills the cache).
  network.catch(() => undefined);
  return kept;
}

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === '/graphql',
  ({ request }) => graphqlRead(request),
  'POST',
);
