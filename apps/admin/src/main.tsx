import '@mantine/core/styles.css';
import './app.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './lib/client';
import { I18nProvider, useI18n } from './lib/i18n';
import { router } from './router';

const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons and badges above WCAG AA contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

/** A new client per language: cached server messages are in the old language. */
function Root() {
  const { lang } = useI18n();
  const client = useMemo(() => createClient(lang), [lang]);
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <I18nProvider>
          <Root />
        </I18nProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
