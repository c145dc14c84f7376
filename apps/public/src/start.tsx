import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { storedLang } from './i18n/lang';
import { PRERENDERED_ATTRIBUTE } from './prerendered';

/**
 * Starts the app in #root: takes over a page prerendered for this path (`hydrated`: the page on
 * screen is the app's own), or renders afresh over whatever is there (`rendered`).
 */
export function start(): 'hydrated' | 'rendered' | null {
  const root = document.getElementById('root');
  if (!root) return null;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A page prerendered for this very path (in Bahasa Indonesia) is taken over where it stands;
  // anything else (the shell, or a reader who chose English) is rendered afresh, replacing it.
  if (root.getAttribute(PRERENDERED_ATTRIBUTE) === location.pathname && storedLang() === 'id') {
    hydrateRoot(root, app, {
      // Expected where the device holds state the build could not know (a saved draft):
      // React renders that part afresh; nothing for the reader to see, so no console error.
      onRecoverableError: (error) => console.info('Hydration fell back to rendering:', error),
    });
    return 'hydrated';
  }
  createRoot(root).render(app);
  return 'rendered';
}
