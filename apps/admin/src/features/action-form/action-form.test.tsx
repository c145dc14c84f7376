import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { ActionForm, type ActionSpec, type SubmitOutcome } from './action-form';
import { SuggestionsContext, type UseSuggestions } from './instructors-field';
import { mapFailure } from './server-errors';

const noSuggestions: UseSuggestions = () => ({ suggestions: [], fetching: false });

function wrap(ui: ReactNode, suggestions: UseSuggestions = noSuggestions) {
  return render(
    <MantineProvider>
      <I18nProvider lang="id">
        <SuggestionsContext.Provider value={suggestions}>{ui}</SuggestionsContext.Provider>
      </I18nProvider>
    </MantineProvider>,
  );
}

const everyType: ActionSpec = {
  key: 'submit_report',
  label: 'Kirim laporan',
  toStepName: 'Survei',
  inputs: [
    { key: 'summary', label: 'Ringkasan', type: 'text', required: true },
    { key: 'surveyDate', label: 'Tanggal survei', type: 'date', required: true },
    {
      key: 'participantCount',
      label: 'Jumlah peserta',
      type: 'number',
      required: true,
      min: 1,
      max: 40,
    },
    { key: 'certified', label: 'Sudah uji kompetensi', type: 'boolean', required: false },
    {
      key: 'level',
      label: 'Tingkat',
      type: 'choice',
      required: false,
      options: ['dasar', 'lanjut'],
    },
    { key: 'reportFile', label: 'Berkas laporan', type: 'file', required: false },
  ],
};

function setup(action: ActionSpec, outcome: SubmitOutcome = { ok: true, stepName: 'Survei' }) {
  const submit = vi.fn(async (_input: Record<string, unknown>) => outcome);
  const onDone = vi.fn();
  const onReload = vi.fn();
  wrap(
    <ActionForm
      action={action}
      requestId="req-1"
      submit={submit}
      onDone={onDone}
      onReload={onReload}
    />,
  );
  return { submit, onDone, onReload, user: userEvent.setup() };
}

describe('ActionForm: inputs become form fields', () => {
  it('renders one field of the right kind per input', () => {
    setup(everyType);
    expect(screen.getByRole('textbox', { name: /Ringkasan/ }).tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText(/Tanggal survei/)).toHaveProperty('type', 'date');
    expect(screen.getByLabelText(/Jumlah peserta/)).toHaveProperty('type', 'number');
    expect(screen.getByRole('checkbox', { name: 'Sudah uji kompetensi' })).toBeTruthy();
    const select = screen.getByRole('combobox', { name: /Tingkat/ }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'dasar', 'lanjut']);
    expect(screen.getByText('Berkas laporan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kirim laporan' })).toBeTruthy();
  });

  it('asks for dates before listing instructors, then lists suggestions with conflicts', async () => {
    const suggestions: UseSuggestions = (_id, start, end) => ({
      fetching: false,
      suggestions:
        start && end
          ? [
              {
                instructorId: 'i1',
                name: 'Budi Santoso',
                homeIsland: 'bangka',
                available: false,
                sameIsland: true,
                certificateValid: true,
                assignmentsThisMonth: 1,
                conflicts: [{ kind: 'DOUBLE_BOOKING', message: 'Sudah bertugas di 7CGF8-TH45V' }],
              },
            ]
          : [],
    });
    const action: ActionSpec = {
      key: 'schedule',
      label: 'Tetapkan jadwal',
      toStepName: 'Terjadwal',
      inputs: [
        { key: 'startDate', label: 'Tanggal mulai', type: 'date', required: true },
        { key: 'endDate', label: 'Tanggal selesai', type: 'date', required: true },
        { key: 'instructors', label: 'Instruktur', type: 'instructors', required: true },
      ],
    };
    const submit = vi.fn(async () => ({ ok: true, stepName: 'Terjadwal' }) as const);
    wrap(
      <ActionForm
        action={action}
        requestId="r"
        submit={submit}
        onDone={() => {}}
        onReload={() => {}}
      />,
      suggestions,
    );
    const user = userEvent.setup();
    expect(screen.getByText(/Isi tanggal mulai dan selesai/)).toBeTruthy();
    await user.type(screen.getByLabelText(/Tanggal mulai/), '2027-01-04');
    await user.type(screen.getByLabelText(/Tanggal selesai/), '2027-01-15');
    expect(await screen.findByText('Sudah bertugas di 7CGF8-TH45V')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Budi Santoso' }));
    await user.click(screen.getByRole('button', { name: 'Tetapkan jadwal' }));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(submit).toHaveBeenCalledWith({
      startDate: '2027-01-04',
      endDate: '2027-01-15',
      instructors: ['i1'],
    });
  });
});

describe('ActionForm: validation in the browser', () => {
  it('shows Indonesian messages beside the fields and does not send', async () => {
    const { submit, user } = setup(everyType);
    await user.type(screen.getByLabelText(/Jumlah peserta/), '99');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    expect(await screen.findAllByText('Wajib diisi')).toHaveLength(2);
    expect(screen.getByText('Maksimal 40')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends parsed values, leaving blank optional inputs out', async () => {
    const { submit, onDone, user } = setup(everyType);
    await user.type(screen.getByRole('textbox', { name: /Ringkasan/ }), '  Baik  ');
    await user.type(screen.getByLabelText(/Tanggal survei/), '2026-12-01');
    await user.type(screen.getByLabelText(/Jumlah peserta/), '16');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Survei'));
    expect(submit).toHaveBeenCalledWith({
      summary: 'Baik',
      surveyDate: '2026-12-01',
      participantCount: 16,
      certified: false,
    });
  });
});

describe('ActionForm: server errors', () => {
  const noteAction: ActionSpec = {
    key: 'return_for_completion',
    label: 'Kembalikan',
    toStepName: 'Menunggu kelengkapan',
    inputs: [{ key: 'missingItems', label: 'Kekurangan', type: 'text', required: false }],
  };

  it('puts a refusal reason beside its field and the headline above the form', async () => {
    const { user } = setup(noteAction, {
      ok: false,
      failure: {
        __typename: 'TransitionRefusedError',
        errorCode: 'MISSING_INPUT',
        message: 'Kelengkapan tahap ini belum diisi.',
        reasons: [
          { code: 'MISSING_INPUT', field: 'missingItems', message: 'Isian ini wajib' },
          { code: 'WRONG_ROLE', field: null, message: 'Peran Anda tidak sesuai' },
        ],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Kembalikan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kelengkapan tahap ini belum diisi.');
    expect(alert.textContent).toContain('Peran Anda tidak sesuai');
    const field = screen.getByRole('textbox', { name: /Kekurangan/ });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Isian ini wajib')).toBeTruthy();
  });

  it('offers a reload when the request changed meanwhile', async () => {
    const { user, onReload } = setup(noteAction, {
      ok: false,
      failure: {
        __typename: 'OperationError',
        errorCode: 'CONFLICT_STALE_VERSION',
        message: 'Data ini sudah diubah orang lain.',
      },
    });
    await user.click(screen.getByRole('button', { name: 'Kembalikan' }));
    expect(await screen.findByText('Permohonan ini sudah diubah, muat ulang')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('sends once on a double click and disables the button while sending', async () => {
    let finish: (o: SubmitOutcome) => void = () => {};
    const submit = vi.fn(() => new Promise<SubmitOutcome>((resolve) => (finish = resolve)));
    wrap(
      <ActionForm
        action={noteAction}
        requestId="r"
        submit={submit}
        onDone={() => {}}
        onReload={() => {}}
      />,
    );
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Kembalikan' });
    await user.dblClick(button);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    expect(submit).toHaveBeenCalledTimes(1);
    finish({ ok: true, stepName: 'x' });
  });
});

describe('mapFailure', () => {
  it('maps validation issue paths to input keys and keeps unknown ones general', () => {
    const out = mapFailure(
      {
        __typename: 'ValidationError',
        errorCode: 'VALIDATION_FAILED',
        message: 'Periksa isian',
        issues: [
          { path: 'input.venue', message: 'Terlalu pendek' },
          { path: 'other', message: 'Lainnya' },
        ],
      },
      ['venue'],
    );
    expect(out).toEqual({
      fields: { venue: 'Terlalu pendek' },
      general: ['Periksa isian', 'Lainnya'],
      stale: false,
      conflicts: [],
    });
  });

  it('puts schedule conflicts on the instructors field', () => {
    const out = mapFailure(
      {
        __typename: 'ScheduleConflictError',
        errorCode: 'SCHEDULE_CONFLICT',
        message: 'Jadwal bentrok',
        conflicts: [
          {
            instructorId: 'i1',
            instructorName: 'Budi',
            kind: 'DOUBLE_BOOKING',
            message: 'Bentrok',
          },
        ],
      },
      ['startDate', 'instructors'],
    );
    expect(out.fields).toEqual({ instructors: 'Jadwal bentrok' });
    expect(out.conflicts).toEqual([
      { instructorId: 'i1', instructorName: 'Budi', message: 'Bentrok' },
    ]);
  });
});

describe('ActionForm: irreversible actions', () => {
  const finish: ActionSpec = {
    key: 'finish',
    label: 'Selesaikan pelatihan',
    toStepName: 'Pelaporan',
    inputs: [],
    irreversible: true,
  };

  it('asks once before sending, and sends nothing when the user goes back', async () => {
    const { submit, onDone, user } = setup(finish);
    await user.click(screen.getByRole('button', { name: 'Selesaikan pelatihan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Selesaikan pelatihan?' });
    expect(dialog.textContent).toContain('tidak dapat dibatalkan');
    expect(submit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Periksa lagi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(submit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Selesaikan pelatihan' }));
    await user.click(await screen.findByRole('button', { name: 'Ya, Selesaikan pelatihan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Survei'));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('sends a reversible action at once', async () => {
    const { submit, user } = setup({ ...finish, irreversible: false });
    await user.click(screen.getByRole('button', { name: 'Selesaikan pelatihan' }));
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('ActionForm: guard rails and computed figures', () => {
  const warned: ActionSpec = {
    key: 'finish',
    label: 'Selesaikan pelatihan',
    toStepName: 'Pelaporan',
    irreversible: true,
    inputs: [
      { key: 'overrideReason', label: 'Alasan tetap melanjutkan', type: 'text', required: true },
    ],
    warnings: [
      {
        code: 'ATTENDANCE_MISSING',
        message: 'Kehadiran belum lengkap untuk 9 dari 10 hari pelatihan',
        reasonInput: 'overrideReason',
      },
      {
        code: 'SCORES_MISSING',
        message: 'Nilai pre-test/post-test belum lengkap untuk 2 dari 3 peserta',
        reasonInput: 'overrideReason',
      },
    ],
  };

  it('shows the warnings, asks for the reason, and repeats the warnings when confirming', async () => {
    const { submit, user } = setup(warned);
    const alert = screen.getByTestId('action-warnings');
    expect(alert.textContent).toContain('Kehadiran belum lengkap untuk 9 dari 10 hari pelatihan');
    expect(alert.textContent).toContain('2 dari 3 peserta');
    await user.click(screen.getByRole('button', { name: 'Selesaikan pelatihan' }));
    expect(await screen.findByText('Wajib diisi')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.type(
      screen.getByRole('textbox', { name: /Alasan tetap melanjutkan/ }),
      'Daftar hadir kertas hilang',
    );
    await user.click(screen.getByRole('button', { name: 'Selesaikan pelatihan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Selesaikan pelatihan?' });
    expect(dialog.textContent).toContain('9 dari 10 hari');
    await user.click(screen.getByRole('button', { name: 'Ya, Selesaikan pelatihan' }));
    await waitFor(() =>
      expect(submit).toHaveBeenCalledWith({ overrideReason: 'Daftar hadir kertas hilang' }),
    );
  });

  it('asks to confirm a reversible action that is warned about', async () => {
    const start: ActionSpec = {
      ...warned,
      key: 'start',
      label: 'Mulai pelatihan',
      irreversible: false,
      warnings: [
        {
          code: 'BEFORE_FIRST_DAY',
          message: 'Hari ini belum hari pertama pelatihan (1 Februari 2027)',
          reasonInput: 'overrideReason',
        },
      ],
    };
    const { submit, user } = setup(start);
    await user.type(screen.getByRole('textbox', { name: /Alasan/ }), 'Kapal hanya hari Jumat');
    await user.click(screen.getByRole('button', { name: 'Mulai pelatihan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mulai pelatihan?' });
    expect(dialog.textContent).toContain('Alasan Anda dicatat');
    expect(dialog.textContent).not.toContain('tidak dapat dibatalkan');
    expect(submit).not.toHaveBeenCalled();
  });

  it('shows computed figures read-only and never sends them', async () => {
    const report: ActionSpec = {
      key: 'submit_report',
      label: 'Kirim laporan',
      toStepName: 'Survei kepuasan',
      inputs: [
        {
          key: 'participantCount',
          label: 'Jumlah peserta yang menyelesaikan pelatihan',
          type: 'number',
          required: false,
          computed: true,
          value: 12,
        },
        {
          key: 'postTestAverage',
          label: 'Rata-rata nilai post-test',
          type: 'number',
          required: false,
          computed: true,
          value: 84.25,
        },
        {
          key: 'preTestAverage',
          label: 'Rata-rata nilai pre-test',
          type: 'number',
          required: false,
          computed: true,
          value: null,
        },
        { key: 'note', label: 'Catatan pelaksanaan', type: 'text', required: false },
      ],
    };
    const { submit, user } = setup(report);
    const count = screen.getByRole('textbox', {
      name: 'Jumlah peserta yang menyelesaikan pelatihan',
    }) as HTMLInputElement;
    expect(count.value).toBe('12');
    expect(count.readOnly).toBe(true);
    expect(
      (screen.getByRole('textbox', { name: 'Rata-rata nilai post-test' }) as HTMLInputElement)
        .value,
    ).toBe('84,3');
    expect(
      (screen.getByRole('textbox', { name: 'Rata-rata nilai pre-test' }) as HTMLInputElement).value,
    ).toBe('belum ada data');
    await user.type(screen.getByRole('textbox', { name: /Catatan/ }), 'Lancar');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ note: 'Lancar' }));
  });
});
