import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { storedLang } from './i18n/lang';
import { PRERENDERED_ATTRIBUTE } from './prerendered';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A page prerendered for this very path (in Bahasa Indonesia) is taken over where it stands;
  // anything else (the shell, or a reader who chose English) is rendered afresh, replacing it.
  if (root.getAttribute(PRERENDERED_ATTRIBUTE) === location.pathname && storedLang() === 'id')
    hydrateRoot(root, app, {
      // Expected where the device holds state the build could not know (a saved draft):
      // React renders that part afresh; nothing for the reader to see, so no console error.
      onRecoverableError: (error) => console.info('Hydration fell back to rendering:', error),
    });
  else createRoot(root).render(app);
}
