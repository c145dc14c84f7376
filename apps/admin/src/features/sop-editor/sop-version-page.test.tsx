import { message as catalogMessage, type MessageKey } from '@blk/domain';
import { DEFAULT_ROLES, DEFAULT_SOP, validateSopDefinition } from '@blk/sop';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../fake-api';
import { I18nProvider } from '../../lib/i18n';
import SopVersionPage from './sop-version-page';

const DRAFT_ID = '11111111-1111-4111-8111-111111111111';
const IN_FORCE_ID = '22222222-2222-4222-8222-222222222222';
const REPORTING = DEFAULT_SOP.steps.findIndex((s) => s.key === 'pelaporan');
const REPORTING_NO = REPORTING + 1;

/** What the API answers for `validateSopDefinition`: the shared rules, messages from the catalog. */
function serverProblems(definition: unknown) {
  return validateSopDefinition(definition, DEFAULT_ROLES).map((p) => ({
    __typename: 'SopProblem',
    code: p.code,
    path: p.path.join('.'),
    message: catalogMessage(`sop.${p.code.toLowerCase()}` as MessageKey, 'id', { ...p.params }),
  }));
}

const user = { __typename: 'StaffUser', id: 'u1', name: 'Siti Kasi' };
const answers: Record<string, (variables: Record<string, unknown>) => unknown> = {
  App_Viewer: () => ({
    viewer: {
      __typename: 'Viewer',
      kind: 'staff',
      user: {
        ...user,
        email: 'kasi@blk.example',
        role: { __typename: 'Role', key: 'kepala_seksi', name: 'Kepala Seksi' },
      },
      can: {
        __typename: 'ViewerCan',
        viewRequests: true,
        manageCatalogue: false,
        manageInstructors: false,
        manageParticipants: false,
        manageUsers: false,
        manageHolidays: false,
        manageApiKeys: false,
        manageServiceStandard: false,
        draftSop: true,
        approveSop: false,
        viewPerformance: true,
        viewOutbox: false,
        handleComplaints: true,
      },
    },
  }),
  SopVersion_Load: () => ({
    sopVersion: {
      __typename: 'SopVersion',
      id: DRAFT_ID,
      versionNo: 2,
      status: 'draft',
      definition: DEFAULT_SOP,
      changeNote: 'Pelaporan lebih longgar',
      createdAt: '2026-11-30T01:00:00.000Z',
      updatedAt: '2026-11-30T01:00:00.000Z',
      effectiveAt: null,
      approvedAt: null,
      createdBy: user,
      approvedBy: null,
      document: null,
      flowchartSvg: null,
      problems: [],
      pdfUrl: `/documents/sop/${DRAFT_ID}.pdf`,
      consultationMissing: false,
      noConsultationReason: 'Perubahan redaksional',
      consultations: [],
      sourceReview: null,
    },
    sopVersions: [
      {
        __typename: 'SopVersion',
        id: DRAFT_ID,
        versionNo: 2,
        status: 'draft',
        definition: DEFAULT_SOP,
      },
      {
        __typename: 'SopVersion',
        id: IN_FORCE_ID,
        versionNo: 1,
        status: 'published',
        definition: DEFAULT_SOP,
      },
    ],
    roles: DEFAULT_ROLES.map((key) => ({ __typename: 'Role', key, name: key, nameEn: null })),
  }),
  SopVersion_Validate: (variables) => {
    const problems = serverProblems(variables.definition);
    return {
      validateSopDefinition: {
        __typename: 'SopValidation',
        valid: problems.length === 0,
        problems,
      },
    };
  },
};

type Answers = typeof answers;

/** The fake API with these answers, some overridden by the test. */
function fakeApiWith(overrides: Partial<Answers> = {}) {
  return fakeApi({ ...answers, ...overrides } as Answers);
}

function setup(overrides: Partial<Answers> = {}) {
  const api = fakeApiWith(overrides);
  render(
    <MantineProvider env="test">
      <I18nProvider lang="id">
        <Provider value={api.client}>
          <MemoryRouter initialEntries={[`/sop/versi/${DRAFT_ID}`]}>
            <Routes>
              <Route path="/sop/versi/:id" element={<SopVersionPage />} />
            </Routes>
          </MemoryRouter>
        </Provider>
      </I18nProvider>
    </MantineProvider>,
  );
  return { ...api, user: userEvent.setup() };
}

const stepsTable = () =>
  within(screen.getByRole('region', { name: 'Uraian kegiatan (langkah)' })).getByRole('table');
const diffRegion = () => screen.getByRole('region', { name: 'Perubahan dari versi yang berlaku' });

describe('SOP version editor', { timeout: 120_000 }, () => {
  it('shows the server’s rule error beside the step whose time standard is invalid, and the diff', async () => {
    const { user, calls } = setup();
    const time = await screen.findByLabelText(`Waktu langkah ${REPORTING_NO}`);
    expect(within(diffRegion()).getByText('Belum ada perubahan.')).toBeTruthy();

    await user.clear(time);
    await user.type(time, '1,5');

    const row = time.closest('tr') as HTMLElement;
    // The check is the server's: the message comes back from validateSopDefinition.
    await waitFor(
      () =>
        expect(
          within(row).getByText(
            'Mutu baku waktu dalam hari kerja harus bilangan bulat (sekarang 1.5)',
          ),
        ).toBeTruthy(),
      { timeout: 3000 },
    );
    expect(time.getAttribute('aria-invalid')).toBe('true');
    const checked = calls.filter((c) => c.operationName === 'SopVersion_Validate').at(-1);
    const sent = checked?.variables.definition as typeof DEFAULT_SOP;
    expect(sent.steps[REPORTING]?.timeStandard).toEqual({ unit: 'hari_kerja', value: 1.5 });
    // No other row carries the error.
    const otherRow = (await screen.findByLabelText('Waktu langkah 1')).closest('tr') as HTMLElement;
    expect(within(otherRow).queryByText(/bilangan bulat/)).toBeNull();

    const diff = diffRegion();
    expect(within(diff).getByText(/Langkah diubah: Pelaporan \(pelaporan\)/)).toBeTruthy();
    const change = within(diff).getByText(/^Waktu:/);
    expect(change.textContent).toBe('Waktu: 3 hari kerja → 1,5 hari kerja');

    // Fixing the value clears the error once the server agrees.
    await user.clear(time);
    await user.type(time, '4');
    await waitFor(() => expect(within(row).queryByText(/bilangan bulat/)).toBeNull(), {
      timeout: 3000,
    });
    expect(within(diffRegion()).getByText(/^Waktu:/).textContent).toBe(
      'Waktu: 3 hari kerja → 4 hari kerja',
    );
  });

  it.each([
    ['keterangan', 'persetujuan', 'Keterangan', 'Dapat didelegasikan', 'Keterangan'],
    // A decision the step's pelaksana takes at its end ("Lengkap?"), drawn as a row of its own.
    [
      'decision',
      'pelaporan',
      'Keputusan di akhir',
      'Laporan lengkap?',
      'Keputusan di akhir langkah',
    ],
  ] as const)(
    'writes a step’s %s into the definition; the rule check and the diff see it',
    async (field, key, label, text, diffLabel) => {
      const { user, calls } = setup();
      const no = DEFAULT_SOP.steps.findIndex((s) => s.key === key) + 1;
      await user.type(await screen.findByLabelText(`${label} langkah ${no}`), text);
      await waitFor(
        () => {
          const sent = calls.filter((c) => c.operationName === 'SopVersion_Validate').at(-1)
            ?.variables.definition as typeof DEFAULT_SOP | undefined;
          const step = sent?.steps[no - 1];
          expect(field === 'decision' ? step?.decision?.question.id : step?.keterangan).toBe(text);
        },
        { timeout: 3000 },
      );
      const change = await within(diffRegion()).findByText(new RegExp(`^${diffLabel}:`));
      expect(change.textContent).toBe(`${diffLabel}: — → ${text}`);
    },
  );

  it('adds a row for a new step, and the diff and the rule check name it', async () => {
    const { user } = setup();
    await screen.findByLabelText('Waktu langkah 1');
    const rows = () => within(stepsTable()).getAllByRole('row').length;
    const before = rows();
    await user.click(screen.getByRole('button', { name: 'Tambah langkah' }));
    expect(rows()).toBe(before + 1);
    const n = DEFAULT_SOP.steps.length + 1;
    expect((screen.getByLabelText(`Kunci langkah ${n}`) as HTMLInputElement).value).toBe(
      'langkah_baru',
    );
    expect(
      within(diffRegion()).getByText(/Langkah ditambah: Langkah baru \(langkah_baru\)/),
    ).toBeTruthy();
    // Nothing leads to the new step yet: the server says so on its row.
    const row = screen.getByLabelText(`Kunci langkah ${n}`).closest('tr') as HTMLElement;
    await waitFor(
      () => expect(within(row).getByText(/tidak dapat dicapai dari langkah mulai/)).toBeTruthy(),
      { timeout: 3000 },
    );
  });

  it('moves a step with the keyboard-usable order buttons', async () => {
    const { user } = setup();
    await screen.findByLabelText('Waktu langkah 1');
    const second = DEFAULT_SOP.steps[1]?.key;
    await user.click(screen.getByRole('button', { name: 'Naikkan langkah 2' }));
    expect((screen.getByLabelText('Kunci langkah 1') as HTMLInputElement).value).toBe(second);
    expect(within(diffRegion()).getByText('Urutan langkah diubah')).toBeTruthy();
  });

  it('shows the head of office why a submitted version cannot be signed', async () => {
    const asKadis = () => {
      const viewer = answers.App_Viewer?.({}) as { viewer: { can: Record<string, unknown> } };
      return { viewer: { ...viewer.viewer, can: { ...viewer.viewer.can, approveSop: true } } };
    };
    const submitted = () => {
      const loaded = answers.SopVersion_Load?.({}) as { sopVersion: Record<string, unknown> };
      return { ...loaded, sopVersion: { ...loaded.sopVersion, status: 'submitted' } };
    };
    const approve = vi.fn(() => ({
      approveSopVersion: {
        __typename: 'SopProblemsError',
        errorCode: 'VALIDATION_FAILED',
        message: 'Periksa kembali isian.',
        problems: [
          {
            __typename: 'SopProblem',
            code: 'UNKNOWN_ROLE',
            path: 'steps.0.role',
            message: 'Peran "bendahara" tidak dikenal',
          },
        ],
      },
    }));
    const { user } = setup({
      App_Viewer: asKadis,
      SopVersion_Load: submitted,
      SopVersion_Approve: approve,
    });
    await user.click(await screen.findByRole('button', { name: 'Sahkan versi ini' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('belum dapat disahkan');
    expect(alert.textContent).toContain('Peran "bendahara" tidak dikenal');
    expect(approve).toHaveBeenCalledTimes(1);
    // Still submitted: nothing to put in force yet.
    expect(screen.queryByRole('button', { name: 'Berlakukan sekarang' })).toBeNull();
  });
});
