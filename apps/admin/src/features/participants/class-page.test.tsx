import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../fake-api';
import { I18nProvider } from '../../lib/i18n';
import ClassPage from './class-page';

const SCHEDULE_ID = '44444444-4444-4444-8444-444444444444';

function renderClass(client: Client) {
  return render(
    <I18nProvider>
      <MantineProvider>
        <Provider value={client}>
          <MemoryRouter initialEntries={[`/kelas/${SCHEDULE_ID}`]}>
            <Routes>
              <Route path="/kelas/:id" element={<ClassPage />} />
            </Routes>
          </MemoryRouter>
        </Provider>
      </MantineProvider>
    </I18nProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('a class that is not there', () => {
  it('online: not found, or not the reader’s to see', async () => {
    const { client } = fakeApi({ ClassPage_Schedule: () => ({ schedule: null }) });
    renderClass(client);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Kelas ini tidak ditemukan atau Anda tidak berhak melihatnya.',
    );
  });

  it('without signal: it was never opened on this device, and the instructor is told what to do', async () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    const client = new Client({
      url: 'http://api.test/graphql',
      exchanges: [fetchExchange],
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderClass(client);
    const alert = (await screen.findByRole('alert')).textContent;
    expect(alert).toContain('Kelas ini belum tersimpan di perangkat ini.');
    expect(alert).toContain('Buka kelas ini sekali saat ada sinyal');
  });
});
