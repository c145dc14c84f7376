import type { ServiceStandardContentInput } from '@blk/domain';
import { DEFAULT_SERVICE_STANDARD } from '@blk/sop';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { type EditorOutcome, StandardEditor } from './standard-editor';

const initial: ServiceStandardContentInput = {
  components: structuredClone(DEFAULT_SERVICE_STANDARD.components) as never,
  maklumat: DEFAULT_SERVICE_STANDARD.maklumat,
  complaintResponseDays: 5,
};
const FEE = DEFAULT_SERVICE_STANDARD.components.biaya_tarif[0] ?? '';

function setup(outcome: EditorOutcome = { ok: true }) {
  const onSave = vi.fn(async (_values: ServiceStandardContentInput) => outcome);
  const onSubmitForReview = vi.fn(async (_values: ServiceStandardContentInput) => outcome);
  const onReload = vi.fn();
  render(
    <MantineProvider>
      <I18nProvider lang="id">
        <StandardEditor
          versionNo={3}
          initial={initial}
          inForce={{ versionNo: 2, ...initial }}
          jangkaWaktu={['Paling lama 9 hari kerja (dari SOP).']}
          onSave={onSave}
          onSubmitForReview={onSubmitForReview}
          onReload={onReload}
        />
      </I18nProvider>
    </MantineProvider>,
  );
  return { onSave, onSubmitForReview, onReload, user: userEvent.setup() };
}

describe('StandardEditor', { timeout: 20_000 }, () => {
  it('shows a validation error beside an emptied required component and does not save', async () => {
    const { onSave, onSubmitForReview, user } = setup();
    const fee = screen.getByRole('textbox', { name: 'Biaya/tarif, butir 1' });
    await user.clear(fee);
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await waitFor(() => expect(fee.getAttribute('aria-invalid')).toBe('true'));
    const component = screen.getByTestId('component-biaya_tarif');
    expect(within(component).getByText('Wajib diisi')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Periksa isian yang ditandai');

    // Removing the only item leaves the component without content: the list itself is refused.
    await user.click(screen.getByRole('button', { name: 'Hapus butir 1 dari Biaya/tarif' }));
    await user.click(screen.getByRole('button', { name: 'Simpan dan ajukan' }));
    await waitFor(() => expect(within(component).getByText('Minimal 1 item')).toBeTruthy());
    expect(onSave).not.toHaveBeenCalled();
    expect(onSubmitForReview).not.toHaveBeenCalled();
  });

  it('reflects an edited component in the public preview and marks it changed', async () => {
    const { onSave, user } = setup();
    const NEW_CHANNEL = 'Pengaduan juga dapat disampaikan melalui WhatsApp layanan';
    await user.click(
      screen.getByRole('button', {
        name: 'Tambah butir pada Penanganan pengaduan, saran, dan masukan',
      }),
    );
    await user.click(
      screen.getByRole('textbox', { name: 'Penanganan pengaduan, saran, dan masukan, butir 4' }),
    );
    await user.paste(NEW_CHANNEL);
    expect(screen.getByTestId('component-penanganan_pengaduan').dataset.changed).toBe('true');
    expect(screen.getByTestId('component-biaya_tarif').dataset.changed).toBeUndefined();

    await user.click(screen.getByRole('tab', { name: 'Pratinjau halaman publik' }));
    const preview = screen.getByRole('region', { name: 'Pratinjau halaman publik' });
    const channels = within(preview).getByText(NEW_CHANNEL);
    expect(channels.closest('[data-component]')?.getAttribute('data-component')).toBe(
      'penanganan_pengaduan',
    );
    expect(within(preview).getByText(FEE)).toBeTruthy();
    // Jangka waktu comes from the SOP, as on the public page; internal components stay out.
    expect(within(preview).getByText('Paling lama 9 hari kerja (dari SOP).')).toBeTruthy();
    expect(within(preview).queryByText('Dasar hukum')).toBeNull();

    await user.click(screen.getByRole('tab', { name: /Perbedaan dengan v2/ }));
    expect(screen.getByTestId('diff-penanganan_pengaduan').textContent).toContain(
      `ditambah: ${NEW_CHANNEL}`,
    );

    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0].components.penanganan_pengaduan.at(-1)).toBe(NEW_CHANNEL);
    expect(await screen.findByText('Draf disimpan.')).toBeTruthy();
  });

  it('puts a server refusal beside its field', async () => {
    const { user } = setup({
      ok: false,
      failure: {
        message: 'Isian tidak valid.',
        issues: [{ path: 'maklumat', message: 'Minimal 20 karakter' }],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(await screen.findByText('Minimal 20 karakter')).toBeTruthy();
    expect(
      screen.getByRole('textbox', { name: /Maklumat Pelayanan/ }).getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('shows a stale refusal in words with a reload button', async () => {
    const { onReload, user } = setup({
      ok: false,
      failure: { errorCode: 'CONFLICT_STALE_VERSION', message: 'Stale' },
    });
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect((await screen.findByRole('alert')).textContent).toContain('sudah diubah orang lain');
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
