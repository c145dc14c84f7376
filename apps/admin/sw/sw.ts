/**
 * The admin app's service worker (vite-plugin-pwa, injectManifest): the app shell and every
 * screen precached by Workbox and any app path answered with index.html offline, so a signed-in
 * instructor opens the class without signal (its data comes from the persisted GraphQL cache,
 * src/lib/client.ts). Background Sync: when the browser regains signal, even with the app
 * closed, it replays the device's queue of class changes (src/features/offline), the same code
 * the page runs. No API answer is cached here.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { openQueue } from '../src/features/offline/queue';
import { exclusively, fetchSender, REPLAY_LOCK, replay } from '../src/features/offline/replay';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [
      /^\/(graphql|graphiql|uploads|attachments|documents|exports|healthz|readyz|metrics)/,
    ],
  }),
);

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/** Replays the queue; a stop for lack of signal fails the event, so the browser retries later. */
async function replayQueue(): Promise<void> {
  const summary = await exclusively(() => replay(openQueue(), fetchSender(fetch)));
  if (summary.saved || summary.refused) new BroadcastChannel(REPLAY_LOCK).postMessage('changed');
  if (summary.stopped === 'offline') throw new Error('no signal yet');
}

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === REPLAY_LOCK) sync.waitUntil(replayQueue());
});
