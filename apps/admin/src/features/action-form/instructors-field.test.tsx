import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../fake-api';
import { I18nProvider } from '../../lib/i18n';
import { InstructorsField, type Suggestion } from './instructors-field';

/** What `instructorSuggestions` answers, in the server's ranking (best first). */
const SUGGESTIONS: (Suggestion & { __typename: 'InstructorSuggestion' })[] = [
  {
    __typename: 'InstructorSuggestion',
    instructorId: 'slamet',
    name: 'Slamet Riyadi',
    homeIsland: 'Bangka',
    available: true,
    sameIsland: true,
    certificateValid: true,
    assignmentsThisMonth: 0,
    conflicts: [],
  },
  {
    __typename: 'InstructorSuggestion',
    instructorId: 'budi',
    name: 'Budi Santoso',
    homeIsland: 'Bangka',
    available: false,
    sameIsland: true,
    certificateValid: true,
    assignmentsThisMonth: 2,
    conflicts: [
      {
        kind: 'DOUBLE_BOOKING',
        message: 'Budi Santoso sudah bertugas di 7CGF-8TH4 pada 4 Jan 2027 – 15 Jan 2027.',
      },
    ],
  },
  {
    __typename: 'InstructorSuggestion',
    instructorId: 'rudi',
    name: 'Rudi Hartono',
    homeIsland: 'Bangka',
    available: false,
    sameIsland: true,
    certificateValid: false,
    assignmentsThisMonth: 0,
    conflicts: [
      {
        kind: 'CERTIFICATE_EXPIRED',
        message: 'Sertifikat Rudi Hartono untuk program ini berlaku sampai 16 Jan 2026.',
      },
    ],
  },
  {
    __typename: 'InstructorSuggestion',
    instructorId: 'dedi',
    name: 'Dedi Kurniawan',
    homeIsland: 'Belitung',
    available: false,
    sameIsland: false,
    certificateValid: true,
    assignmentsThisMonth: 1,
    conflicts: [
      {
        kind: 'INTER_ISLAND_TRAVEL',
        message: 'Dedi Kurniawan mengajar di Belitung sampai 31 Des 2026; perlu 2 hari kerja.',
      },
    ],
  },
  {
    __typename: 'InstructorSuggestion',
    instructorId: 'agus',
    name: 'Agus Salim',
    homeIsland: 'Bangka',
    available: false,
    sameIsland: true,
    certificateValid: false,
    assignmentsThisMonth: 0,
    // No message from the server: the field explains the kinds itself.
    conflicts: [
      { kind: 'NOT_QUALIFIED', message: '' },
      { kind: 'NO_CERTIFICATE', message: '' },
    ],
  },
  {
    __typename: 'InstructorSuggestion',
    instructorId: 'maya',
    name: 'Maya Anggraini',
    homeIsland: 'Bangka',
    available: true,
    sameIsland: true,
    certificateValid: true,
    assignmentsThisMonth: 3,
    conflicts: [],
  },
];

/** A real urql client whose transport answers `instructorSuggestions` from the list above. */
function mockClient() {
  const api = fakeApi({
    RequestDetail_InstructorSuggestions: (variables) => {
      expect(variables).toEqual({
        requestId: 'req-1',
        startDate: '2027-01-04',
        endDate: '2027-01-15',
      });
      return { instructorSuggestions: SUGGESTIONS };
    },
  });
  return { client: api.client, calls: api.calls };
}

function Harness({
  startDate,
  initial = [],
  conflicts = [],
  onChange,
}: {
  startDate: string;
  initial?: string[];
  conflicts?: { instructorId: string; message: string }[];
  onChange?: (ids: string[]) => void;
}) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <InstructorsField
      label="Instruktur"
      required
      error={undefined}
      requestId="req-1"
      startDate={startDate}
      endDate="2027-01-15"
      value={value}
      onChange={(ids) => {
        setValue(ids);
        onChange?.(ids);
      }}
      conflicts={conflicts}
    />
  );
}

function setup(props: Parameters<typeof Harness>[0]) {
  const { client, calls } = mockClient();
  render(
    <MantineProvider>
      <I18nProvider lang="id">
        <Provider value={client}>
          <Harness {...props} />
        </Provider>
      </I18nProvider>
    </MantineProvider>,
  );
  return { calls, user: userEvent.setup() };
}

const rows = () => screen.getAllByTestId('instructor-suggestion');
const rowOf = (name: string) => {
  const row = rows().find((r) => within(r).queryByRole('checkbox', { name }));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('InstructorsField: scheduling suggestions', () => {
  it('asks for the dates first and does not query without them', () => {
    const { calls } = setup({ startDate: '' });
    expect(screen.getByText(/Isi tanggal mulai dan selesai/)).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('lists available instructors first, in the server’s ranking, then those with conflicts', async () => {
    const { calls } = setup({ startDate: '2027-01-04' });
    await screen.findByRole('checkbox', { name: 'Slamet Riyadi' });
    expect(calls).toHaveLength(1);
    expect(rows()).toHaveLength(6);
    const names = rows().map((r) => {
      const box = within(r).getByRole('checkbox') as HTMLInputElement;
      return document.querySelector(`label[for="${box.id}"]`)?.textContent;
    });
    expect(names).toEqual([
      'Slamet Riyadi',
      'Maya Anggraini',
      'Budi Santoso',
      'Rudi Hartono',
      'Dedi Kurniawan',
      'Agus Salim',
    ]);
    expect(within(rowOf('Slamet Riyadi')).getByText('Tersedia')).toBeTruthy();
    expect(within(rowOf('Maya Anggraini')).getByText('Tersedia')).toBeTruthy();
    for (const name of ['Budi Santoso', 'Rudi Hartono', 'Dedi Kurniawan', 'Agus Salim']) {
      expect(within(rowOf(name)).getByText('Ada kendala')).toBeTruthy();
    }
  });

  it('explains every conflict kind in words beside its instructor', async () => {
    setup({ startDate: '2027-01-04' });
    await screen.findByRole('checkbox', { name: 'Slamet Riyadi' });
    // Double booking, expired certificate and inter-island travel: the server's own words.
    expect(within(rowOf('Budi Santoso')).getByText(/sudah bertugas di 7CGF-8TH4/)).toBeTruthy();
    expect(within(rowOf('Rudi Hartono')).getByText(/berlaku sampai 16 Jan 2026/)).toBeTruthy();
    expect(within(rowOf('Dedi Kurniawan')).getByText(/mengajar di Belitung/)).toBeTruthy();
    // Missing competency and certificate without a server message: the field's own words.
    const agus = rowOf('Agus Salim');
    expect(within(agus).getByText('Tidak memiliki kompetensi untuk program ini.')).toBeTruthy();
    expect(
      within(agus).getByText('Belum memiliki sertifikat kompetensi untuk program ini.'),
    ).toBeTruthy();
    // The explanation is tied to the checkbox for screen readers; available rows have none.
    const rudiBox = screen.getByRole('checkbox', { name: 'Rudi Hartono' });
    const describedBy = rudiBox.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toMatch(/16 Jan 2026/);
    expect(
      screen.getByRole('checkbox', { name: 'Slamet Riyadi' }).hasAttribute('aria-describedby'),
    ).toBe(false);
  });

  it('selects an available instructor without any warning', async () => {
    const onChange = vi.fn();
    const { user } = setup({ startDate: '2027-01-04', onChange });
    await user.click(await screen.findByRole('checkbox', { name: 'Slamet Riyadi' }));
    expect(onChange).toHaveBeenLastCalledWith(['slamet']);
    const box = screen.getByRole('checkbox', { name: 'Slamet Riyadi' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/penetapan jadwal akan ditolak/)).toBeNull();
  });

  it('flags an instructor with a blocking conflict once chosen, and clears it when unticked', async () => {
    const onChange = vi.fn();
    const { user } = setup({ startDate: '2027-01-04', onChange });
    const rudi = await screen.findByRole('checkbox', { name: 'Rudi Hartono' });
    expect(screen.queryByTestId('conflict-flag')).toBeNull();
    await user.click(rudi);
    expect(onChange).toHaveBeenLastCalledWith(['rudi']);
    expect(rudi.getAttribute('aria-invalid')).toBe('true');
    const warning = within(rowOf('Rudi Hartono')).getByTestId('conflict-flag');
    expect(warning.textContent).toMatch(/penetapan jadwal akan ditolak/);
    // The warning is read with the checkbox, beside the reasons.
    const described = document.getElementById(rudi.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/16 Jan 2026.*penetapan jadwal akan ditolak/);
    await user.click(rudi);
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.queryByTestId('conflict-flag')).toBeNull();
  });

  it('shows the conflicts the server refused the last attempt for beside that instructor', async () => {
    setup({
      startDate: '2027-01-04',
      initial: ['slamet'],
      conflicts: [{ instructorId: 'slamet', message: 'Slamet Riyadi baru saja dijadwalkan.' }],
    });
    await screen.findByRole('checkbox', { name: 'Slamet Riyadi' });
    const slamet = rowOf('Slamet Riyadi');
    expect(within(slamet).getByText('Slamet Riyadi baru saja dijadwalkan.')).toBeTruthy();
    expect(within(slamet).getByText('Ada kendala')).toBeTruthy();
    await waitFor(() => expect(within(slamet).getByTestId('conflict-flag')).toBeTruthy());
  });
});
