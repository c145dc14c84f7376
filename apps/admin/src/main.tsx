import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createClient } from './lib/client';
import { I18nProvider, useI18n } from './lib/i18n';
import { themeFor } from './lib/theme';
import { router } from './router';

/**
 * A new client per language (cached server messages are in the old language), and the theme that
 * names every close button in it.
 */
function Root() {
  const { lang, t } = useI18n();
  const client = useMemo(() => createClient(lang), [lang]);
  const theme = useMemo(() => themeFor(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme}>
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <Root />
      </I18nProvider>
    </StrictMode>,
  );
}
