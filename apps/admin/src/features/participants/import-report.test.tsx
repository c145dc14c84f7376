import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { ImportReport, type ImportReportData } from './import-dialog';
import type { SheetRow } from './sheet';

function wrap(ui: ReactNode) {
  return render(
    <MantineProvider>
      <I18nProvider lang="id">{ui}</I18nProvider>
    </MantineProvider>,
  );
}

const ROWS: SheetRow[] = [
  { rowNumber: 2, nik: '1971011203980001', name: 'Andi Saputra' },
  { rowNumber: 3, nik: '1971011203980001', name: 'Andi Kembar' },
  { rowNumber: 5, nik: '123', name: 'Dewi' },
  { rowNumber: 6, nik: '1971024101000003', name: 'Citra Lestari' },
];

const issue = (path: string, message: string) => ({ path, code: 'x', message });

/** What the server's dry run says about ROWS: rows 3 and 5 have problems. */
const REPORT: ImportReportData = {
  __typename: 'ParticipantImportReport',
  dryRun: true,
  total: 4,
  valid: 2,
  invalid: 2,
  imported: 0,
  rows: [
    { index: 0, rowNumber: 2, name: 'Andi Saputra', status: 'OK', participantId: null, issues: [] },
    {
      index: 1,
      rowNumber: 3,
      name: 'Andi Kembar',
      status: 'ERROR',
      participantId: null,
      issues: [issue('nik', 'NIK sama dengan baris 2 pada berkas ini')],
    },
    {
      index: 2,
      rowNumber: 5,
      name: null,
      status: 'ERROR',
      participantId: null,
      issues: [
        issue('nik', 'NIK harus 16 digit angka'),
        issue('birthDate', 'Usia peserta maksimal 35 tahun pada tanggal mulai pelatihan'),
      ],
    },
    {
      index: 3,
      rowNumber: 6,
      name: 'Citra Lestari',
      status: 'OK',
      participantId: null,
      issues: [],
    },
  ],
};

describe('ImportReport', () => {
  it('shows every problem of every bad row, with its field, and imports only the valid rows', async () => {
    const onImport = vi.fn();
    wrap(<ImportReport report={REPORT} rows={ROWS} busy={false} onImport={onImport} />);
    expect(screen.getByText('4 baris: 2 siap diimpor, 2 bermasalah.')).toBeTruthy();
    const row3 = screen.getByTestId('import-row-3');
    expect(within(row3).getByText('Bermasalah')).toBeTruthy();
    expect(within(row3).getByText('NIK: NIK sama dengan baris 2 pada berkas ini')).toBeTruthy();
    const row5 = screen.getByTestId('import-row-5');
    expect(within(row5).getByText('(tanpa nama)')).toBeTruthy();
    expect(within(row5).getByText('NIK: NIK harus 16 digit angka')).toBeTruthy();
    expect(
      within(row5).getByText(
        'Tanggal lahir: Usia peserta maksimal 35 tahun pada tanggal mulai pelatihan',
      ),
    ).toBeTruthy();
    expect(within(screen.getByTestId('import-row-2')).getByText('Siap')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Impor 2 baris yang valid' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(onImport.mock.calls[0]?.[0]).toEqual([ROWS[0], ROWS[3]]);
  });

  it('disables the import when no row is valid, and while sending', async () => {
    const onImport = vi.fn();
    const bad: ImportReportData = {
      ...REPORT,
      valid: 0,
      invalid: 2,
      total: 2,
      rows: REPORT.rows.filter((r) => r.status === 'ERROR'),
    };
    const { rerender } = wrap(
      <ImportReport report={bad} rows={ROWS} busy={false} onImport={onImport} />,
    );
    const button = screen.getByRole('button', { name: 'Impor 0 baris yang valid' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Tidak ada baris yang dapat diimpor/)).toBeTruthy();
    await userEvent.click(button);
    expect(onImport).not.toHaveBeenCalled();
    rerender(
      <MantineProvider>
        <I18nProvider lang="id">
          <ImportReport report={REPORT} rows={ROWS} busy onImport={onImport} />
        </I18nProvider>
      </MantineProvider>,
    );
    expect(
      (screen.getByRole('button', { name: /Impor 2 baris yang valid/ }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('after the import, marks the saved rows and offers no second import', () => {
    const done: ImportReportData = {
      ...REPORT,
      dryRun: false,
      imported: 2,
      rows: [
        { ...(REPORT.rows[0] as ImportReportData['rows'][number]), participantId: 'p1' },
        { ...(REPORT.rows[3] as ImportReportData['rows'][number]), index: 1, participantId: 'p2' },
      ],
    };
    wrap(
      <ImportReport
        report={done}
        rows={[ROWS[0], ROWS[3]] as SheetRow[]}
        busy={false}
        onImport={vi.fn()}
      />,
    );
    expect(screen.getAllByText('Diimpor')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Impor/ })).toBeNull();
  });
});
