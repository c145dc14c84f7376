import './styles.css';

declare global {
  interface Window {
    /**
     * Set by the built page's inline script (the `blk-load-order` plugin in vite.config.ts): the
     * button tapped on the painted page before the app ran, if any; the page stops keeping taps.
     */
    blkTakeTap?: () => HTMLElement | null;
  }
}

/**
 * The app, started once the page's first paint is on screen (issue 16): the built page's inline
 * script loads this entry after that paint, with the app's chunk preloaded beside it (in dev, at
 * once). A tap on a button of the painted page before then (the menu, the language switch) is
 * made again once the app has taken the page over, so it is not lost on a slow phone. Links need
 * no app: they open their page as they are.
 */
void import('./start').then(({ start }) => {
  const how = start();
  const tap = window.blkTakeTap?.() ?? null;
  // React replays a click on a part it is still hydrating once that part is its own.
  if (how === 'hydrated' && tap?.isConnected) tap.click();
});
