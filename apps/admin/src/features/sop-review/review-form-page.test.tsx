import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../fake-api';
import { I18nProvider } from '../../lib/i18n';
import SopReviewFormPage from './review-form-page';

const VERSION_ID = '22222222-2222-4222-8222-222222222222';
const REVIEW_ID = '33333333-3333-4333-8333-333333333333';

const step = (
  stepKey: string,
  name: string,
  figures: { measured: number; onTime: number; median: number | null } | null,
  suggestedRating: string | null,
  note: string,
) => ({
  __typename: 'SopReviewStepPrefill',
  stepKey,
  name,
  roleName: 'Petugas Layanan',
  standard: '1 hari kerja',
  measured: figures?.measured ?? 0,
  onTime: figures?.onTime ?? 0,
  onTimeShare: figures ? figures.onTime / figures.measured : null,
  medianWorkingDays: figures?.median ?? null,
  suggestedRating,
  note,
});

const PREFILL = {
  sopReviewPrefill: {
    __typename: 'SopReviewPrefill',
    sopVersionId: VERSION_ID,
    periodFrom: '2026-06-01',
    periodTo: '2026-11-30',
    requestCount: 12,
    steps: [
      step(
        'verifikasi',
        'Verifikasi berkas',
        { measured: 10, onTime: 9, median: 0.5 },
        'berjalan_baik',
        '9 dari 10 tepat waktu (90%); median 0,5 hari kerja.',
      ),
      step(
        'asesmen',
        'Asesmen kebutuhan',
        { measured: 10, onTime: 3, median: 4 },
        'tidak_berjalan_baik',
        '3 dari 10 tepat waktu (30%); median 4,0 hari kerja.',
      ),
      step('pelaporan', 'Pelaporan', null, null, 'Belum ada data pada periode ini.'),
    ],
    complaints: [
      {
        __typename: 'SopReviewComplaint',
        trackingCode: 'ADU-2026-0001',
        receivedAt: '2026-09-01T03:00:00.000Z',
        status: 'answered',
        message: 'Asesmen terlalu lama.',
      },
    ],
  },
  sopVersion: { __typename: 'SopVersion', id: VERSION_ID, versionNo: 1 },
};

function setup() {
  const { client, calls } = fakeApi({
    SopReviewForm_Prefill: () => PREFILL,
    SopReviewForm_Record: () => ({ recordSopReview: { __typename: 'SopReview', id: REVIEW_ID } }),
  });
  render(
    <MantineProvider env="test">
      <I18nProvider lang="id">
        <Provider value={client}>
          <MemoryRouter initialEntries={[`/sop/evaluasi/baru/${VERSION_ID}`]}>
            <Routes>
              <Route path="/sop/evaluasi/baru/:id" element={<SopReviewFormPage />} />
              <Route path="/sop/evaluasi/:id" element={<p>review page</p>} />
            </Routes>
          </MemoryRouter>
        </Provider>
      </I18nProvider>
    </MantineProvider>,
  );
  return { calls, user: userEvent.setup() };
}

const stepGroup = (name: string) => screen.getByRole('group', { name });

describe('SOP review form', { timeout: 60_000 }, () => {
  it('starts from the figures, asks for a corrective action where a step did not run well, and records the review', async () => {
    const { calls, user } = setup();
    const assessment = await screen.findByRole('group', { name: '2. Asesmen kebutuhan' });
    // Figures and the suggested ratings from the prefill.
    expect(within(stepGroup('1. Verifikasi berkas')).getByText(/9 dari 10 \(90%\)/)).toBeTruthy();
    expect(
      within(stepGroup('1. Verifikasi berkas')).getByRole('radio', { name: 'Berjalan baik' }),
    ).toHaveProperty('checked', true);
    expect(within(assessment).getByRole('radio', { name: 'Tidak berjalan baik' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(assessment).getByLabelText(/^Catatan/)).toHaveProperty(
      'value',
      '3 dari 10 tepat waktu (30%); median 4,0 hari kerja.',
    );
    expect(screen.getByText('Asesmen terlalu lama.')).toBeTruthy();
    expect(screen.getByText('12 permohonan pada periode ini.')).toBeTruthy();

    // Nothing is sent while a step that did not run well lacks its corrective action.
    await user.click(screen.getByRole('button', { name: 'Simpan evaluasi' }));
    expect(
      await within(assessment).findByText(
        'Tuliskan tindakan perbaikan untuk langkah yang tidak berjalan baik',
      ),
    ).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'SopReviewForm_Record')).toBe(false);

    await user.type(
      within(assessment).getByLabelText(/^Tindakan perbaikan/),
      'Tambah satu asesor pada hari Senin.',
    );
    const reporting = stepGroup('3. Pelaporan');
    await user.click(within(reporting).getByRole('radio', { name: 'Berjalan baik' }));
    await user.click(screen.getByRole('button', { name: 'Tambah tindak lanjut' }));
    await user.type(screen.getByLabelText(/^Tindak lanjut 1/), 'Mutu baku waktu asesmen ditinjau.');
    await user.click(screen.getByRole('button', { name: 'Simpan evaluasi' }));
    expect(await screen.findByText('review page')).toBeTruthy();
    const sent = calls.find((c) => c.operationName === 'SopReviewForm_Record');
    expect(sent?.variables).toEqual({
      input: {
        sopVersionId: VERSION_ID,
        periodFrom: '2026-06-01',
        periodTo: '2026-11-30',
        steps: [
          {
            stepKey: 'verifikasi',
            rating: 'berjalan_baik',
            note: '9 dari 10 tepat waktu (90%); median 0,5 hari kerja.',
          },
          {
            stepKey: 'asesmen',
            rating: 'tidak_berjalan_baik',
            note: '3 dari 10 tepat waktu (30%); median 4,0 hari kerja.',
            correctiveAction: 'Tambah satu asesor pada hari Senin.',
          },
          {
            stepKey: 'pelaporan',
            rating: 'berjalan_baik',
            note: 'Belum ada data pada periode ini.',
          },
        ],
        actions: ['Mutu baku waktu asesmen ditinjau.'],
      },
    });
  });

  it('does not record a step left without a rating when the period had no figures for it', async () => {
    const { calls, user } = setup();
    await screen.findByRole('group', { name: '3. Pelaporan' });
    await user.type(
      within(stepGroup('2. Asesmen kebutuhan')).getByLabelText(/^Tindakan perbaikan/),
      'Tambah asesor.',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan evaluasi' }));
    expect(await within(stepGroup('3. Pelaporan')).findByText('Wajib diisi')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'SopReviewForm_Record')).toBe(false);
  });
});
