import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../fake-api';
import { I18nProvider } from '../../lib/i18n';
import PersonalDataPage from './personal-data-page';

function setup(answer: unknown) {
  const api = fakeApi({ AdminPersonalData_Export: () => ({ exportPersonalData: answer }) });
  render(
    <MantineProvider>
      <I18nProvider lang="id">
        <Provider value={api.client}>
          <PersonalDataPage />
        </Provider>
      </I18nProvider>
    </MantineProvider>,
  );
  return { calls: api.calls, user: userEvent.setup() };
}

const REASON = 'Surat permintaan 12/2026';

describe('PersonalDataPage', () => {
  it('checks the shared schema before sending: a short reason is refused beside its field', async () => {
    const { calls, user } = setup(null);
    await user.type(screen.getByRole('textbox', { name: /Pengenal: NIK/ }), '1901010101900001');
    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), 'pendek');
    await user.click(screen.getByRole('button', { name: 'Unduh JSON' }));
    expect(await screen.findByText(/10 karakter/)).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('sends only the identifier chosen, downloads the export and says so', async () => {
    const createObjectURL = vi.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { calls, user } = setup({
      __typename: 'PersonalDataExport',
      subjectHash: 'abcdef0123456789',
      generatedAt: '2026-12-06T10:00:00Z',
      data: { requests: [] },
    });
    await user.type(screen.getByRole('textbox', { name: /Pengenal: NIK/ }), '1901010101900001');
    await user.click(screen.getByRole('radio', { name: 'E-mail' }));
    await user.type(screen.getByRole('textbox', { name: /Pengenal: E-mail/ }), 'warga@example.id');
    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), REASON);
    await user.click(screen.getByRole('button', { name: 'Unduh JSON' }));
    expect((await screen.findByRole('status')).textContent).toContain('Berkas diunduh.');
    expect(calls[0]?.variables).toEqual({ input: { email: 'warga@example.id', reason: REASON } });
    expect(createObjectURL).toHaveBeenCalledOnce();
  });

  it('shows a refusal above the form', async () => {
    const { user } = setup({
      __typename: 'ValidationError',
      errorCode: 'VALIDATION',
      message: 'Data tidak valid.',
      issues: [{ path: 'nik', message: 'Tidak ada data untuk pengenal ini.' }],
    });
    await user.type(screen.getByRole('textbox', { name: /Pengenal: NIK/ }), '1901010101900001');
    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), REASON);
    await user.click(screen.getByRole('button', { name: 'Unduh JSON' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Data tidak valid.');
    expect(screen.getByText('Tidak ada data untuk pengenal ini.')).toBeTruthy();
  });
});
