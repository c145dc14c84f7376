import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { Provider } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../i18n/lang';
import { createClient } from '../lib/client';
import { resetDeviceStoreForTests } from '../lib/device-store';
import { listReceipts } from '../lib/my-requests';
import { PENDING_FLAG } from '../lib/pending';
import { loadReceipt } from '../lib/receipt';
import { DRAFT_KEY, emptyDraft, type RequestDraft } from './draft';
import { flushQueue, queuedRequests } from './outbox';
import RequestPage from './request-page';
import { createSender } from './sender';

type Body = { operationName?: string; query: string; variables: Record<string, unknown> };

function json(body: unknown) {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}

/** Answers the GraphQL calls the form makes; `submit` decides each send's fate. */
function mockApi(submit: (body: Body) => Response | Promise<Response>) {
  const calls: Body[] = [];
  const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Body;
    calls.push(body);
    if (body.query.includes('submitTrainingRequest')) return submit(body);
    if (body.query.includes('regions')) return json({ data: { regions: [] } });
    return json({ data: { programs: { __typename: 'QueryProgramsConnection', edges: [] } } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

function renderForm() {
  return render(
    <LangProvider initial="id">
      <Provider value={createClient('id')}>
        <RequestPage />
      </Provider>
    </LangProvider>,
  );
}

function readyToSend(): RequestDraft {
  const draft = emptyDraft();
  Object.assign(draft.values, {
    requesterType: 'desa',
    organizationName: 'Pemerintah Desa Kace',
    contactName: 'Siti Aminah',
    contactPhone: '0812-3456-7890',
    regionCode: '19.01.01.2001',
    address: 'Balai Desa Kace',
    needDescription: 'Pelatihan menjahit dasar',
    participantsExpected: '16',
    preferredStart: '2027-02-01',
    preferredEnd: '2027-02-20',
    privacyConsent: 'true',
  });
  draft.letter = {
    uploadId: 'upload-1',
    fileName: 'surat.pdf',
    sizeBytes: 2048,
    uploadedAt: new Date().toISOString(),
  };
  draft.step = 5;
  return draft;
}

beforeEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/ajukan');
  globalThis.indexedDB = new IDBFactory();
  resetDeviceStoreForTests();
});

describe('request form', () => {
  it('shows the shared schema messages in Indonesian beside each field of the step', async () => {
    mockApi(() => json({}));
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    await waitFor(() => expect(document.getElementById('f-organizationName-error')).not.toBeNull());
    expect(document.getElementById('f-organizationName-error')?.textContent).toBe('Wajib diisi');
    expect(document.getElementById('f-contactName-error')?.textContent).toBe('Wajib diisi');
    expect(document.getElementById('f-requesterType-error')?.textContent).toBe('Wajib diisi');
    // The input says which message describes it.
    expect(screen.getByLabelText(/Nama lembaga/).getAttribute('aria-describedby')).toContain(
      'f-organizationName-error',
    );

    fireEvent.change(screen.getByLabelText(/Nomor HP/), { target: { value: '0812' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
    await waitFor(() =>
      expect(document.getElementById('f-contactPhone-error')?.textContent).toBe(
        'Nomor HP harus 10–13 digit, diawali 08',
      ),
    );
    // Still on the first step.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Pemohon');
  });

  it('restores the draft saved on the device and keeps saving what is typed', async () => {
    mockApi(() => json({}));
    const draft = emptyDraft();
    draft.values.organizationName = 'Lapas Tuatunu';
    draft.values.address = 'Jl. Pemasyarakatan 1';
    draft.step = 1;
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));

    renderForm();
    expect(screen.getByText(/dipulihkan/)).toBeTruthy();
    const address = screen.getByLabelText('Alamat tempat pelatihan') as HTMLInputElement;
    expect(address.value).toBe('Jl. Pemasyarakatan 1');

    fireEvent.change(address, { target: { value: 'Jl. Pemasyarakatan 2' } });
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as RequestDraft;
    expect(saved.values.address).toBe('Jl. Pemasyarakatan 2');
    expect(saved.values.organizationName).toBe('Lapas Tuatunu');
  });

  it('queues a request the network lost, and the retry sends the same key once', async () => {
    let attempt = 0;
    const calls = mockApi(() => {
      attempt += 1;
      if (attempt === 1) throw new TypeError('Failed to fetch');
      return json({
        data: {
          submitTrainingRequest: {
            __typename: 'SubmitTrainingRequestSuccess',
            trackingCode: '7SV7F-EDZMD',
            accessToken: 'secret-token-shown-once',
            submittedAt: '2026-11-30T01:00:00.000Z',
            firstDeadline: '2026-12-01T16:59:59.000Z',
          },
        },
      });
    });
    localStorage.setItem(DRAFT_KEY, JSON.stringify(readyToSend()));
    renderForm();

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Kirim permohonan' })),
    );
    // No answer: the request waits on the device, the requester is told where.
    await waitFor(() => expect(window.location.pathname).toBe('/permohonan-saya'));
    const [queued] = await queuedRequests();
    expect(queued?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(queued?.input.organizationName).toBe('Pemerintah Desa Kace');
    expect(localStorage.getItem(PENDING_FLAG)).toBe('1');
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();

    // The signal returns: the app shell's round sends it.
    const report = await flushQueue(createSender(createClient('id')));
    expect(report.fates).toEqual({ [queued?.idempotencyKey ?? '']: 'sent' });
    expect(await queuedRequests()).toEqual([]);
    expect((await listReceipts()).map((r) => r.trackingCode)).toEqual(['7SV7F-EDZMD']);

    const sends = calls.filter((c) => c.query.includes('submitTrainingRequest'));
    expect(sends).toHaveLength(2);
    expect(sends[0]?.variables.idempotencyKey).toBe(queued?.idempotencyKey);
    expect(sends[1]?.variables.idempotencyKey).toBe(queued?.idempotencyKey);
    expect(sends[1]?.variables.letterUploadId).toBe('upload-1');
    // The phone number goes out as the schema normalises it; the count as a number.
    const input = sends[1]?.variables.input as Record<string, unknown> | undefined;
    expect(input?.contactPhone).toBe('+6281234567890');
    expect(input?.participantsExpected).toBe(16);
  });

  it('with signal, sends at once, keeps the receipt on the device and shows it', async () => {
    mockApi(() =>
      json({
        data: {
          submitTrainingRequest: {
            __typename: 'SubmitTrainingRequestSuccess',
            trackingCode: '7SV7F-EDZMD',
            accessToken: 'secret-token-shown-once',
            submittedAt: '2026-11-30T01:00:00.000Z',
            firstDeadline: null,
          },
        },
      }),
    );
    localStorage.setItem(DRAFT_KEY, JSON.stringify(readyToSend()));
    renderForm();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Kirim permohonan' })),
    );
    await waitFor(() => expect(window.location.pathname).toBe('/terkirim'));
    expect(loadReceipt()?.trackingCode).toBe('7SV7F-EDZMD');
    expect((await listReceipts()).map((r) => r.organizationName)).toEqual(['Pemerintah Desa Kace']);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(localStorage.getItem(PENDING_FLAG)).toBeNull();
  });

  it('a request the server refuses comes back to the form with the messages', async () => {
    mockApi(() =>
      json({
        data: {
          submitTrainingRequest: {
            __typename: 'ValidationError',
            message: 'Data tidak valid',
            issues: [
              {
                __typename: 'FieldIssue',
                path: 'preferredStart',
                code: 'date.start_too_early',
                message: 'Tanggal mulai paling cepat 3 Desember 2026',
              },
            ],
          },
        },
      }),
    );
    localStorage.setItem(DRAFT_KEY, JSON.stringify(readyToSend()));
    renderForm();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Kirim permohonan' })),
    );
    await screen.findByText('Tanggal mulai paling cepat 3 Desember 2026');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Waktu');
    expect(await queuedRequests()).toEqual([]);
    const kept = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as RequestDraft;
    expect(kept.values.organizationName).toBe('Pemerintah Desa Kace');
    expect(kept.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });
});
